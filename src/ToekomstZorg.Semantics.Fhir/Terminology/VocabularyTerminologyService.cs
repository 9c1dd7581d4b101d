using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Specification.Terminology;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Fhir.Terminology;

/// <summary>
/// Firely's <see cref="ITerminologyService"/> answered in-process from a <see cref="VocabularySnapshot"/>: ValueSet and
/// CodeSystem <c>$validate-code</c>, <c>$lookup</c>, <c>$expand</c>, <c>$translate</c> and <c>$subsumes</c> over the
/// vocabulary's code systems (url = scheme IRI) and value sets (<c>{CanonicalBase}ValueSet/{key}</c>, the scheme IRI or
/// <c>{scheme IRI}?vs</c>: <see cref="VocabularySnapshot.FindValueSetScheme"/>), so that an integrator validates their own resources against our code systems with
/// Firely.Fhir.Validation. A value set, code system or concept map this vocabulary does not hold is a
/// <see cref="FhirOperationException"/> with 404, so that a <see cref="MultiTerminologyService"/> goes on to the next
/// service (the core terminology, say). <c>$closure</c> is not offered (501). Every verdict, message, display and
/// expansion is the snapshot's own operation (<see cref="VocabularySnapshot.ValidateCode"/>,
/// <see cref="VocabularySnapshot.Lookup(Concept, IReadOnlyList{string})"/>, <see cref="VocabularySnapshot.Expand"/>,
/// <see cref="VocabularySnapshot.Subsumes"/>, <see cref="VocabularySnapshot.Translate(string, string, string)"/>), mapped to Firely's resources.
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
        return ValueSetBase + scheme.Key;
    }

    // What a scheme key completes into the canonical URL of its value set, as the export writes it.
    private string ValueSetBase => _options.CanonicalBase + "ValueSet/";

    /// <inheritdoc />
    public Task<Parameters> ValueSetValidateCode(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scheme = ValueSetScheme(Canonical(parameters, "url"), id);
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

        // The snapshot's lookup: the display for the languages, and the designations in the order every edge gives them.
        var lookup = _snapshot.Lookup(concept, Languages(Value(parameters, "displayLanguage")));
        var result = new Parameters();
        result.Add("name", new FhirString(scheme.Title(_options.DisplayLanguage)));
        result.Add("version", new FhirString(_snapshot.Version));
        result.Add("display", new FhirString(lookup.Display));
        foreach (var designation in ConceptDesignation.Of(lookup.Designations))
        {
            var parts = new List<Tuple<string, Base>>();
            if (!string.IsNullOrEmpty(designation.Language))
            {
                parts.Add(Part("language", new Code(designation.Language)));
            }

            if (designation.IsSynonym)
            {
                parts.Add(Part("use", new Coding(ConceptDesignation.UseSystem, ConceptDesignation.SynonymCode, ConceptDesignation.SynonymDisplay)));
            }

            parts.Add(Part("value", new FhirString(designation.Value)));
            result.Add("designation", parts);
        }

        foreach (var parent in lookup.Broader)
        {
            result.Add("property", [Part("code", new Code("parent")), Part("value", new Code(parent.Code))]);
        }

        foreach (var child in lookup.Narrower)
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
        var scheme = ValueSetScheme(Canonical(parameters, "url"), id);
        var filter = Value(parameters, "filter");
        var activeOnly = parameters.GetSingleValue<FhirBoolean>("activeOnly")?.Value ?? false;
        var expansion = _snapshot.Expand(scheme, filter, activeOnly);
        var languages = Languages(Value(parameters, "displayLanguage"));
        var valueSet = new ValueSet
        {
            Url = ValueSetUrl(scheme),
            Version = _snapshot.Version,
            Status = PublicationStatus.Draft,
            Expansion = new ValueSet.ExpansionComponent
            {
                Identifier = $"urn:uuid:{Guid.NewGuid():D}",
                TimestampElement = FhirDateTime.Now(),
                Total = expansion.Concepts.Count,
            },
        };
        if (expansion.IsFiltered)
        {
            valueSet.Expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "filter", Value = new FhirString(filter) });
        }

        foreach (var concept in expansion.Concepts)
        {
            valueSet.Expansion.Contains.Add(new ValueSet.ContainsComponent
            {
                System = scheme.Iri,
                Version = _snapshot.Version,
                Code = concept.Code,
                Display = concept.Display(languages),
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
                Part("concept", new Coding(match.Target.Scheme.Iri, match.Target.Code, match.Target.Display(Languages(null)))),
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
