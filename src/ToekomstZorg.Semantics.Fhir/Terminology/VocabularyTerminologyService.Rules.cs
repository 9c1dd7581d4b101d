using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Fhir.Terminology;

/// <summary>Reading Firely's Parameters, resolving canonicals, and the vocabulary rules the answers need.</summary>
public sealed partial class VocabularyTerminologyService
{
    private Parameters ValidateCodings(ConceptScheme scheme, IReadOnlyList<Coding> codings, string? display, string container)
    {
        if (codings.Count == 0)
        {
            throw new FhirOperationException("$validate-code needs 'code' (with 'system'), 'coding' or 'codeableConcept'.", HttpStatusCode.BadRequest);
        }

        // A CodeableConcept is valid when one of its codings is (http://hl7.org/fhir/R4/valueset-operation-validate-code.html).
        (string? Message, string? Display)? firstFailure = null;
        foreach (var coding in codings)
        {
            var (valid, message, preferred) = ValidateCoding(scheme, coding, display ?? coding.Display, container);
            if (valid)
            {
                return Answer(true, message, preferred);
            }

            firstFailure ??= (message, preferred);
        }

        return Answer(false, firstFailure?.Message, firstFailure?.Display);
    }

    private (bool Valid, string? Message, string? Display) ValidateCoding(ConceptScheme scheme, Coding coding, string? display, string container)
    {
        var code = coding.Code ?? string.Empty;
        if (coding.System is { } system && (!_snapshot.TryGetScheme(system, out var codingScheme) || codingScheme != scheme))
        {
            return (false, $"Code '{system}|{code}' is not in {container}: its system is not {scheme.Iri}.", null);
        }

        if (!_snapshot.TryGetConcept(scheme, code, out var concept))
        {
            return (false, $"Code '{scheme.Iri}|{code}' is not in {container} (vocabulary version {_snapshot.Version}).", null);
        }

        var preferred = Display(concept, null);
        if (!string.IsNullOrEmpty(display) && !IsValidDisplay(concept, display))
        {
            return (false, $"'{display}' is not a display of {scheme.Iri}|{code}; the preferred display is '{preferred}'.", preferred);
        }

        // one-model: replace with VocabularySnapshot.DeprecationNotice (valid, not to be used, dct:isReplacedBy).
        var notice = concept.Deprecated
            ? $"{scheme.Iri}|{code} is deprecated" + (concept.ReplacedBy.Count > 0 ? $"; use {string.Join(", ", concept.ReplacedBy)} instead." : ".")
            : null;
        return (true, notice, preferred);
    }

    private static Parameters Answer(bool result, string? message, string? display)
    {
        var answer = new Parameters();
        answer.Add("result", new FhirBoolean(result));
        if (message is not null)
        {
            answer.Add("message", new FhirString(message));
        }

        if (display is not null)
        {
            answer.Add("display", new FhirString(display));
        }

        return answer;
    }

    // one-model: replace with VocabularySnapshot.IsValidDisplay (a display is a preferred or alternative label in any
    // language, case ignored; hidden labels are for search only).
    private static bool IsValidDisplay(Concept concept, string display) =>
        concept.Labels.Any(l => l.Kind != LabelKind.Hidden && string.Equals(l.Text, display, StringComparison.OrdinalIgnoreCase));

    // one-model: replace with the display VocabularySnapshot.Lookup / ValidateCode return (Concept.Display: the preferred
    // label in the asked language, else Dutch, else any, else the code).
    private string Display(Concept concept, string? language) => concept.Display(language ?? _options.DisplayLanguage);

    // one-model: replace with VocabularySnapshot.Expand(scheme, filter, activeOnly) (every word of the filter starts a
    // word of a preferred or alternative label or of the code, folded as Search folds).
    private static List<Concept> Expansion(ConceptScheme scheme, string? filter, bool activeOnly)
    {
        var words = SearchText.Words(filter ?? string.Empty);
        var concepts = new List<Concept>();
        foreach (var concept in scheme.Concepts.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (activeOnly && concept.Deprecated)
            {
                continue;
            }

            if (words.Length == 0 || concept.Labels.Where(l => l.Kind != LabelKind.Hidden).Select(l => l.Text).Append(concept.Code)
                    .Any(label => SearchText.EveryWordStartsAWord(words, SearchText.Fold(label))))
            {
                concepts.Add(concept);
            }
        }

        return concepts;
    }

    // one-model: replace with the snapshot's value-set resolution if it gets one (the Server's VocabularyArguments
    // accepts the same three forms: {CanonicalBase}ValueSet/{key}, the scheme IRI, and the implicit {IRI}?vs).
    private ConceptScheme ValueSetScheme(string? canonical)
    {
        var url = WithoutVersion(canonical)
            ?? throw new FhirOperationException("The operation needs the value set ('url').", HttpStatusCode.BadRequest);
        foreach (var scheme in _snapshot.Schemes)
        {
            if (url == ValueSetUrl(scheme) || url == scheme.Iri + "?vs" || url == scheme.Iri)
            {
                return scheme;
            }
        }

        throw new FhirOperationException($"ValueSet '{url}' is not part of the vocabulary.", HttpStatusCode.NotFound);
    }

    private ConceptScheme CodeSystemScheme(string? canonical)
    {
        var url = WithoutVersion(canonical)
            ?? throw new FhirOperationException("The operation needs the code system ('system' or 'url').", HttpStatusCode.BadRequest);
        return _snapshot.TryGetScheme(url, out var scheme) && (url == scheme.Iri || url == scheme.Key)
            ? scheme
            : throw new FhirOperationException($"CodeSystem '{url}' is not part of the vocabulary.", HttpStatusCode.NotFound);
    }

    private Concept Concept(ConceptScheme scheme, string? code, string parameter) =>
        code is null ? throw new FhirOperationException($"The operation needs '{parameter}'.", HttpStatusCode.BadRequest)
        : _snapshot.TryGetConcept(scheme, code, out var concept) ? concept
        : throw new FhirOperationException($"Code '{scheme.Iri}|{code}' ('{parameter}') is not in the vocabulary.", HttpStatusCode.NotFound);

    private static string? WithoutVersion(string? canonical) =>
        canonical is null ? null : canonical.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0 ? canonical[..bar] : canonical;

    private static string? Value(Parameters parameters, string name) => parameters.GetSingleValue<PrimitiveType>(name)?.ToString();

    private static string? Canonical(Parameters parameters, string name) => Value(parameters, name);

    // The codings to check: 'coding', each coding of 'codeableConcept', or 'code' with 'system' (and 'display').
    private static List<Coding> Codings(Parameters parameters)
    {
        if (parameters.GetSingleValue<Coding>("coding") is { } coding)
        {
            return [coding];
        }

        if (parameters.GetSingleValue<CodeableConcept>("codeableConcept") is { } concept)
        {
            return [.. concept.Coding];
        }

        return Value(parameters, "code") is { } code ? [new Coding(Value(parameters, "system"), code)] : [];
    }
}
