using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using ToekomstZorg.Semantics.Vocabulary.Model;

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

    // The code's verdict, message (a deprecation notice for a valid deprecated concept) and display are the snapshot's
    // (VocabularySnapshot.ValidateCode); only whether the coding's system is the value set's scheme is checked here.
    private (bool Valid, string? Message, string? Display) ValidateCoding(ConceptScheme scheme, Coding coding, string? display, string container)
    {
        var code = coding.Code ?? string.Empty;
        if (coding.System is { } system && (!_snapshot.TryGetScheme(system, out var codingScheme) || codingScheme != scheme))
        {
            return (false, $"Code '{system}|{code}' is not in {container}: its system is not {scheme.Iri}.", null);
        }

        var validation = _snapshot.ValidateCode(scheme, code, display, Languages(null));
        return (validation.IsValid, validation.Message, validation.Display);
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

    // The languages a display is picked for (Concept.Display, the snapshot's one rule): the requested one, then the
    // language the export writes as display (Dutch by default, which is also the rule's own fallback).
    private string[] Languages(string? requested) =>
        string.IsNullOrEmpty(requested) ? [_options.DisplayLanguage] : [requested, _options.DisplayLanguage];

    // A value set by canonical URL (VocabularySnapshot.FindValueSetScheme: {CanonicalBase}ValueSet/{key}, the scheme
    // IRI or {IRI}?vs), or, on an instance call without one, by its id (the scheme key).
    private ConceptScheme ValueSetScheme(string? canonical, string? id)
    {
        var url = canonical ?? (string.IsNullOrEmpty(id) ? null : ValueSetBase + id)
            ?? throw new FhirOperationException("The operation needs the value set ('url').", HttpStatusCode.BadRequest);
        return _snapshot.FindValueSetScheme(url, ValueSetBase)
            ?? throw new FhirOperationException($"ValueSet '{WithoutVersion(url)}' is not part of the vocabulary.", HttpStatusCode.NotFound);
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
