using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Specification.Terminology;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search;
using ToekomstZorg.Semantics.Vocabulary.Translation;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Fhir.Terminology;

/// <summary>
/// Firely's <see cref="ITerminologyService"/> answered in-process from a <see cref="VocabularySnapshot"/>: ValueSet and
/// CodeSystem <c>$validate-code</c>, <c>$lookup</c>, <c>$expand</c>, <c>$translate</c> and <c>$subsumes</c> over the
/// vocabulary's code systems (url = scheme IRI) and value sets (<c>{CanonicalBase}ValueSet/{key}</c>, or the implicit
/// <c>{scheme IRI}?vs</c>), so that an integrator validates their own resources against our code systems with
/// Firely.Fhir.Validation. A value set, code system or concept map this vocabulary does not hold is a
/// <see cref="FhirOperationException"/> with 404, so that a <see cref="MultiTerminologyService"/> goes on to the next
/// service (the core terminology, say). <c>$closure</c> is not offered (501).
/// </summary>
public sealed partial class VocabularyTerminologyService : ITerminologyService
{
    private readonly VocabularySnapshot _snapshot;
    private readonly FhirExportOptions _options;

    /// <summary>A service over <paramref name="snapshot"/>; canonical URLs of value sets as <paramref name="options"/> says.</summary>
    public VocabularyTerminologyService(VocabularySnapshot snapshot, FhirExportOptions? options = null)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        _options = options ?? FhirExportOptions.Default;
    }

    /// <summary>The canonical URL of the ValueSet of all codes of <paramref name="scheme"/>, as the export writes it.</summary>
    public string ValueSetUrl(ConceptScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return $"{_options.CanonicalBase}ValueSet/{scheme.Key}";
    }

    /// <inheritdoc />
    public Task<Parameters> ValueSetValidateCode(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scheme = ValueSetScheme(Canonical(parameters, "url") ?? id);
        return Task.FromResult(ValidateCodings(scheme, Codings(parameters), Value(parameters, "display"), $"ValueSet '{ValueSetUrl(scheme)}'"));
    }

    /// <inheritdoc />
    public Task<Parameters> CodeSystemValidateCode(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scheme = CodeSystemScheme(Canonical(parameters, "url") ?? Canonical(parameters, "system") ?? id);
        return Task.FromResult(ValidateCodings(scheme, Codings(parameters), Value(parameters, "display"), $"CodeSystem '{scheme.Iri}'"));
    }

    /// <inheritdoc />
    public Task<Parameters> Lookup(Parameters parameters, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var coding = Codings(parameters).FirstOrDefault()
            ?? throw new FhirOperationException("$lookup needs 'system' and 'code', or 'coding'.", HttpStatusCode.BadRequest);
        var scheme = CodeSystemScheme(coding.System);
        if (!_snapshot.TryGetConcept(scheme, coding.Code ?? string.Empty, out var concept))
        {
            throw new FhirOperationException($"Code '{coding.Code}' is not in CodeSystem '{scheme.Iri}' (version {_snapshot.Version}).", HttpStatusCode.NotFound);
        }

        var result = new Parameters();
        result.Add("name", new FhirString(scheme.Title(_options.DisplayLanguage)));
        result.Add("version", new FhirString(_snapshot.Version));
        result.Add("display", new FhirString(Display(concept, Value(parameters, "displayLanguage"))));
        foreach (var label in concept.Labels.Where(l => l.Kind != LabelKind.Hidden && !string.IsNullOrWhiteSpace(l.Text)))
        {
            var parts = new List<Tuple<string, Base>>();
            if (!string.IsNullOrEmpty(label.Language))
            {
                parts.Add(Part("language", new Code(label.Language)));
            }

            if (label.Kind == LabelKind.Alternative)
            {
                parts.Add(Part("use", new Coding(ConceptDesignation.UseSystem, ConceptDesignation.SynonymCode, ConceptDesignation.SynonymDisplay)));
            }

            parts.Add(Part("value", new FhirString(label.Text)));
            result.Add("designation", parts);
        }

        foreach (var parent in concept.Broader)
        {
            result.Add("property", [Part("code", new Code("parent")), Part("value", new Code(parent.Code))]);
        }

        foreach (var child in concept.Narrower)
        {
            result.Add("property", [Part("code", new Code("child")), Part("value", new Code(child.Code))]);
        }

        result.Add("property", [Part("code", new Code("status")), Part("value", new Code(concept.Deprecated ? "deprecated" : "active"))]);
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<Resource> Expand(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scheme = ValueSetScheme(Canonical(parameters, "url") ?? id);
        var filter = Value(parameters, "filter");
        var activeOnly = parameters.GetSingleValue<FhirBoolean>("activeOnly")?.Value ?? false;
        var concepts = Expansion(scheme, filter, activeOnly);
        var valueSet = new ValueSet
        {
            Url = ValueSetUrl(scheme),
            Version = _snapshot.Version,
            Status = PublicationStatus.Draft,
            Expansion = new ValueSet.ExpansionComponent
            {
                Identifier = $"urn:uuid:{Guid.NewGuid():D}",
                TimestampElement = FhirDateTime.Now(),
                Total = concepts.Count,
            },
        };
        if (!string.IsNullOrWhiteSpace(filter))
        {
            valueSet.Expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "filter", Value = new FhirString(filter) });
        }

        foreach (var concept in concepts)
        {
            valueSet.Expansion.Contains.Add(new ValueSet.ContainsComponent
            {
                System = scheme.Iri,
                Version = _snapshot.Version,
                Code = concept.Code,
                Display = Display(concept, Value(parameters, "displayLanguage")),
                Inactive = concept.Deprecated ? true : null,
            });
        }

        return Task.FromResult<Resource>(valueSet);
    }

    /// <inheritdoc />
    public Task<Parameters> Translate(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var coding = Codings(parameters).FirstOrDefault()
            ?? throw new FhirOperationException("$translate needs 'system' and 'code', or 'coding'.", HttpStatusCode.BadRequest);
        // R4 names the target system 'targetsystem'; Firely's TranslateParameters sends 'targetSystem'.
        var target = Value(parameters, "targetsystem") ?? Value(parameters, "targetSystem")
            ?? throw new FhirOperationException("$translate needs 'targetsystem' (the target code system).", HttpStatusCode.BadRequest);
        var source = CodeSystemScheme(coding.System);
        var targetScheme = CodeSystemScheme(target);
        var translation = _snapshot.Translate(source.Iri, coding.Code ?? string.Empty, targetScheme.Iri);
        var result = new Parameters();
        var matched = translation.Status == TranslationStatus.Matched && translation.Matches.Count > 0;
        result.Add("result", new FhirBoolean(matched));
        result.Add("message", new FhirString(matched
            ? $"{translation.Matches.Count} match(es) in {targetScheme.Iri}."
            : $"No translation of '{source.Iri}|{coding.Code}' into {targetScheme.Iri} ({translation.Status})."));
        foreach (var match in translation.Matches)
        {
            result.Add("match",
            [
                Part("equivalence", new Code(match.Equivalence.ToFhirCode())),
                Part("concept", new Coding(match.Target.Scheme.Iri, match.Target.Code, Display(match.Target, null))),
                Part("source", new FhirUri($"{_options.CanonicalBase}ConceptMap/{source.Key}-{targetScheme.Key}")),
            ]);
        }

        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<Parameters> Subsumes(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var system = Canonical(parameters, "system") ?? id;
        var scheme = CodeSystemScheme(system);
        var a = Concept(scheme, parameters.GetSingleValue<Coding>("codingA")?.Code ?? Value(parameters, "codeA"), "codeA");
        var b = Concept(scheme, parameters.GetSingleValue<Coding>("codingB")?.Code ?? Value(parameters, "codeB"), "codeB");
        var outcome = VocabularySnapshot.Subsumes(a, b) switch
        {
            ToekomstZorg.Semantics.Vocabulary.Translation.SubsumptionOutcome.Equivalent => "equivalent",
            ToekomstZorg.Semantics.Vocabulary.Translation.SubsumptionOutcome.Subsumes => "subsumes",
            ToekomstZorg.Semantics.Vocabulary.Translation.SubsumptionOutcome.SubsumedBy => "subsumed-by",
            _ => "not-subsumed",
        };
        var result = new Parameters();
        result.Add("outcome", new Code(outcome));
        return Task.FromResult(result);
    }

    private static Tuple<string, Base> Part(string name, Base value) => Tuple.Create(name, value);

    /// <inheritdoc />
    public Task<Resource> Closure(Parameters parameters, bool useGet = false) =>
        throw new FhirOperationException("$closure is not offered by the vocabulary terminology service.", HttpStatusCode.NotImplemented);
}
