using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// ValueSet/$validate-code (http://hl7.org/fhir/R4/valueset-operation-validate-code.html), type level (<c>url</c>) and
/// on an instance. The value sets are one per scheme, so a code is in the value set when its system is that scheme and
/// the code is one of its concepts. In: <c>url</c>, <c>code</c> + <c>system</c>, <c>coding</c> or
/// <c>codeableConcept</c>, <c>display</c>, <c>displayLanguage</c>. Out: <c>result</c>, <c>message</c>, <c>display</c>.
/// An unknown value set is a 404; a code outside it is <c>result=false</c>.
/// </summary>
internal static class ValueSetValidateCodeOperation
{
    private static readonly OperationSignature Signature = new("ValueSet/$validate-code", ["url", "valueSet", "code", "system", "display", "coding", "codeableConcept", "displayLanguage", "abstract"]);

    public static Parameters Run(FhirRestFacade facade, FhirRestRequest request)
    {
        var parameters = OperationParameters.Read(request, Signature);

        // R4's 'abstract' (may an abstract code be valid; Firely's validator always sends it) cannot change the answer:
        // the vocabulary has no abstract, not-selectable concepts. It is read so that a value that is not a boolean is a 400.
        _ = parameters.Boolean("abstract");
        var valueSet = ResolveValueSet(facade, request.Id, parameters);
        var displayLanguage = parameters.String("displayLanguage");
        var candidates = Codings(parameters);

        var outcome = default(ValidateCodeAnswer);
        foreach (var (system, code, display) in candidates)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw FhirRestOutcome.Required("code", "the code to validate.");
            }

            if (system is not null && VocabularyArguments.FindScheme(facade, system) != valueSet)
            {
                outcome = new ValidateCodeAnswer(false, $"'{FhirRestOutcome.Clip(system)}|{FhirRestOutcome.Clip(code)}' is not in ValueSet '{facade.Exporter.ValueSetUrl(valueSet.Key)}' (all codes of {valueSet.Iri}).", null);
                continue;
            }

            outcome = ValidateCodeAnswer.Check(facade, valueSet, code, display, displayLanguage);
            if (outcome.Result)
            {
                break;
            }
        }

        return outcome.ToParameters();
    }

    private static ConceptScheme ResolveValueSet(FhirRestFacade facade, string? id, OperationParameters parameters)
    {
        if (parameters.Has("valueSet"))
        {
            throw FhirRestOutcome.NotSupported("Validating against a ValueSet passed in the request is not supported; use url.", "valueSet");
        }

        var url = parameters.String("url");
        if (id is not null)
        {
            return VocabularyArguments.FindValueSetById(facade, id)
                ?? throw FhirRestOutcome.NotFound($"ValueSet/{FhirRestOutcome.Clip(id)} is not known.");
        }

        if (url is null)
        {
            throw FhirRestOutcome.Required("url", "the canonical URL of the ValueSet (or call ValueSet/{id}/$validate-code).");
        }

        return VocabularyArguments.FindValueSetScheme(facade, url)
            ?? throw FhirRestOutcome.NotFound($"ValueSet '{FhirRestOutcome.Clip(url)}' is not known to this server.", "url");
    }

    private static List<(string? System, string? Code, string? Display)> Codings(OperationParameters parameters)
    {
        var (code, coding, concept) = CodedInput.Read(parameters, "system");
        return code is not null ? [(parameters.String("system"), code, parameters.String("display"))]
            : coding is not null ? [(coding.System, coding.Code, coding.Display)]
            : concept!.Select(c => (c.System, c.Code, c.Display)).ToList();
    }
}
