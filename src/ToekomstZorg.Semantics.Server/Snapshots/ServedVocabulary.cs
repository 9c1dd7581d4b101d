using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>
/// One immutable version of the vocabulary as the server serves it: the Vocabulary project's snapshot (search,
/// translation, the model), the schemes and concepts in the export model, the coding translator, the FHIR resource
/// translator and (built on first use) the FHIR terminology resources. Thread-safe.
/// </summary>
public sealed class ServedVocabulary
{
    private readonly Dictionary<string, ExportScheme> _schemes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Scheme, string Code), ExportConcept> _concepts = new();
    private readonly Dictionary<(string Scheme, string Code), List<string>> _narrower = new();
    private readonly Dictionary<string, (ExportScheme Scheme, ExportConcept Concept)> _byIri = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, ConceptDetails> _details;
    private readonly Lazy<IReadOnlyList<FhirExportDocument>> _terminologyResources;

    /// <summary>Creates the served form of a loaded vocabulary.</summary>
    /// <param name="snapshot">The Vocabulary project's snapshot everything else is derived from.</param>
    /// <param name="model">Schemes, concepts, mappings; its <see cref="ExportVocabulary.Version"/> is the served version.</param>
    /// <param name="codings">The coding translator of the same version.</param>
    /// <param name="directory">The directory it was loaded from.</param>
    /// <param name="loadedAt">When it was loaded.</param>
    /// <param name="warnings">Lint warnings of this version.</param>
    /// <param name="translationOptions">Limits of the FHIR resource translation.</param>
    /// <param name="details">Hidden labels, notes, sources and replacements per concept IRI.</param>
    public ServedVocabulary(
        VocabularySnapshot snapshot,
        ExportVocabulary model,
        ICodingTranslator codings,
        string directory,
        DateTimeOffset loadedAt,
        IReadOnlyList<VocabularyDiagnostic>? warnings = null,
        FhirTranslationOptions? translationOptions = null,
        IReadOnlyDictionary<string, ConceptDetails>? details = null)
    {
        Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Codings = codings ?? throw new ArgumentNullException(nameof(codings));
        Directory = directory;
        LoadedAt = loadedAt;
        Warnings = warnings ?? [];
        _details = details ?? new Dictionary<string, ConceptDetails>();
        Resources = new FhirResourceTranslator(codings, translationOptions);
        Exporter = new FhirTerminologyExporter(model, codings);
        _terminologyResources = new Lazy<IReadOnlyList<FhirExportDocument>>(Exporter.ExportResources, LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var scheme in model.Schemes)
        {
            _schemes[scheme.Key] = scheme;
            _schemes[scheme.Iri] = scheme;
            foreach (var concept in scheme.Concepts)
            {
                _concepts[(scheme.Key, concept.Code)] = concept;
                _byIri[concept.Iri] = (scheme, concept);
                foreach (var parent in concept.Broader)
                {
                    if (!_narrower.TryGetValue((scheme.Key, parent), out var children))
                    {
                        _narrower[(scheme.Key, parent)] = children = [];
                    }

                    children.Add(concept.Code);
                }
            }
        }
    }

    /// <summary>The Vocabulary project's snapshot this version was built from: search and translation answer from it.</summary>
    public VocabularySnapshot Snapshot { get; }

    /// <summary>The version string every response carries.</summary>
    public string Version => Model.Version;

    /// <summary>The schemes, concepts, mappings and false friends.</summary>
    public ExportVocabulary Model { get; }

    /// <summary>Code-to-code translation (VOCAB-DESIGN translation semantics).</summary>
    public ICodingTranslator Codings { get; }

    /// <summary>FHIR CarePlan/CareTeam/Bundle translation over <see cref="Codings"/>.</summary>
    public FhirResourceTranslator Resources { get; }

    /// <summary>The FHIR terminology export of this version (canonical URLs of ValueSets and ConceptMaps).</summary>
    public FhirTerminologyExporter Exporter { get; }

    /// <summary>Every CodeSystem, ValueSet and ConceptMap of this version, built once on first use.</summary>
    public IReadOnlyList<FhirExportDocument> TerminologyResources => _terminologyResources.Value;

    /// <summary>The directory it was loaded from.</summary>
    public string Directory { get; }

    /// <summary>When it was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Lint warnings of this version.</summary>
    public IReadOnlyList<VocabularyDiagnostic> Warnings { get; }

    /// <summary>Finds a scheme by IRI (a trailing slash is ignored) or key.</summary>
    public bool TryGetScheme(string? systemOrKey, [NotNullWhen(true)] out ExportScheme? scheme)
    {
        scheme = null;
        return !string.IsNullOrEmpty(systemOrKey)
            && (_schemes.TryGetValue(systemOrKey, out scheme) || _schemes.TryGetValue(systemOrKey.TrimEnd('/'), out scheme));
    }

    /// <summary>Finds a concept of a scheme by code.</summary>
    public bool TryGetConcept(ExportScheme scheme, string? code, [NotNullWhen(true)] out ExportConcept? concept)
    {
        concept = null;
        return code is not null && _concepts.TryGetValue((scheme.Key, code), out concept);
    }

    /// <summary>Finds a concept by IRI.</summary>
    public bool TryGetConceptByIri(string iri, [NotNullWhen(true)] out ExportScheme? scheme, [NotNullWhen(true)] out ExportConcept? concept)
    {
        var found = _byIri.TryGetValue(iri, out var entry);
        (scheme, concept) = found ? entry : (null, null);
        return found;
    }

    /// <summary>Hidden labels, notes, sources and replacements of a concept.</summary>
    public ConceptDetails Details(ExportConcept concept) => _details.TryGetValue(concept.Iri, out var details) ? details : ConceptDetails.None;

    /// <summary>The codes whose <c>skos:broader</c> is <paramref name="code"/> in the same scheme.</summary>
    public IReadOnlyList<string> Narrower(ExportScheme scheme, string code) =>
        _narrower.TryGetValue((scheme.Key, code), out var children) ? children : [];

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="code"/> or reachable from it over <c>skos:broader</c> (transitively, cycle-safe).</summary>
    public bool IsSelfOrDescendantOf(ExportScheme scheme, string code, string ancestor)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(code);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current == ancestor)
            {
                return true;
            }

            if (seen.Add(current) && _concepts.TryGetValue((scheme.Key, current), out var concept))
            {
                foreach (var parent in concept.Broader)
                {
                    pending.Push(parent);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// What a validation says of a deprecated concept (gRPC ValidateCode, FHIR <c>$validate-code</c>): still valid, not
    /// to be used, and its <c>dct:isReplacedBy</c> replacements if it has any.
    /// </summary>
    public static string DeprecationNotice(ExportScheme scheme, ExportConcept concept)
    {
        var replacements = concept.ReplacedBy.Count == 0 ? string.Empty
            : $" Use {string.Join(" or ", concept.ReplacedBy.Select(r => $"{r.System}|{r.Code}"))} (dct:isReplacedBy).";
        return $"{scheme.Iri}|{concept.Code} is deprecated (owl:deprecated); it is valid but should no longer be used.{replacements}";
    }

    /// <summary>The label of a concept in the first of <paramref name="languages"/> that has one (then nl, en, any).</summary>
    public static string Display(ExportConcept concept, IReadOnlyList<string>? languages = null)
    {
        if (languages is not null)
        {
            foreach (var language in languages)
            {
                if (concept.PrefLabels.TryGetValue(language, out var label))
                {
                    return label;
                }
            }
        }

        return concept.PrefLabels.TryGetValue("nl", out var nl) ? nl
            : concept.PrefLabels.TryGetValue("en", out var en) ? en
            : concept.PrefLabels.Values.FirstOrDefault() ?? concept.Code;
    }

    /// <summary>The title of a scheme in Dutch, else English, else its key.</summary>
    public static string Title(ExportScheme scheme) =>
        scheme.PrefLabels.TryGetValue("nl", out var nl) ? nl
        : scheme.PrefLabels.TryGetValue("en", out var en) ? en
        : scheme.PrefLabels.Values.FirstOrDefault() ?? scheme.Key;
}
