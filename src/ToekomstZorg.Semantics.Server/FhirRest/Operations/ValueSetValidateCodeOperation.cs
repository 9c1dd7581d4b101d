using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// ValueSet/$validate-code (http://hl7.org/fhir/R4/valueset-operation-validate-code.html), type level (<c>url</c>) and
/// on an instance. The value sets are one per scheme, so a code is in the value set when its system is that scheme and
/// the code is one of its concepts. In: <c>url</c>, <c>code</c> + <c>system</c>, <c>coding</c> or
/// <c>codeableConcept</c>, <c>display</c>, <c>displayLanguage</c>. Out: <c>result</c>, <c>message</c>, <c>display</c>.
/// An unknown value set is a 404; a code outside it is <c>result=false</c>.
/// </summary>
internal static class ValueSetValidateCodeOperation
{
    private static readonly OperationSignature Signature = new("ValueSet/$validate-code", ["url", "valueSet", "code", "system", "display", "coding", "codeableConcept", "displayLanguage"]);

    public static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options)
    {
        var parameters = await OperationParameters.ReadAsync(context, options.MaxResourceBytes, Signature).ConfigureAwait(false);
        var valueSet = ResolveValueSet(context, vocabulary, parameters);
        var displayLanguage = parameters.String("displayLanguage");
        var candidates = Codings(parameters);

        var outcome = default(CodeValidation);
        foreach (var (system, code, display) in candidates)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw FhirOperationException.Required("code", "the code to validate.");
            }

            if (system is not null && VocabularyArguments.FindScheme(vocabulary, system) != valueSet)
            {
                outcome = new CodeValidation(false, $"'{VocabularyArguments.Clip(system)}|{VocabularyArguments.Clip(code)}' is not in ValueSet '{vocabulary.Exporter.ValueSetUrl(valueSet.Key)}' (all codes of {valueSet.Iri}).", null);
                continue;
            }

            outcome = CodeValidation.Check(vocabulary, valueSet, code, display, displayLanguage);
            if (outcome.Result)
            {
                break;
            }
        }

        await outcome.WriteAsync(context, vocabulary).ConfigureAwait(false);
    }

    private static ConceptScheme ResolveValueSet(HttpContext context, ServedVocabulary vocabulary, OperationParameters parameters)
    {
        if (parameters.Has("valueSet"))
        {
            throw FhirOperationException.NotSupported("Validating against a ValueSet passed in the request is not supported; use url.", "valueSet");
        }

        var url = parameters.String("url");
        if (context.Request.RouteValues["id"] is string id)
        {
            return VocabularyArguments.FindValueSetById(vocabulary, id)
                ?? throw FhirOperationException.NotFound($"ValueSet/{VocabularyArguments.Clip(id)} is not known.");
        }

        if (url is null)
        {
            throw FhirOperationException.Required("url", "the canonical URL of the ValueSet (or call ValueSet/{id}/$validate-code).");
        }

        return VocabularyArguments.FindValueSetScheme(vocabulary, url)
            ?? throw FhirOperationException.NotFound($"ValueSet '{VocabularyArguments.Clip(url)}' is not known to this server.", "url");
    }

    private static List<(string? System, string? Code, string? Display)> Codings(OperationParameters parameters)
    {
        var (code, coding, concept) = CodedInput.Read(parameters, "system");
        return code is not null ? [(parameters.String("system"), code, parameters.String("display"))]
            : coding is not null ? [(coding.System, coding.Code, coding.Display)]
            : concept!.Select(c => (c.System, c.Code, c.Display)).ToList();
    }
}
