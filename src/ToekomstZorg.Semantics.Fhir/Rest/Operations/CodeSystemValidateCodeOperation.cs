using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// CodeSystem/$validate-code (http://hl7.org/fhir/R4/codesystem-operation-validate-code.html), type level and on an
/// instance (<c>CodeSystem/{id}/$validate-code</c>). In: <c>url</c> (the code system; <c>system</c> is accepted as an
/// alias), <c>code</c>, <c>version</c>, <c>display</c>, <c>coding</c>, <c>codeableConcept</c>, <c>displayLanguage</c>.
/// Out: <c>result</c>, <c>message</c>, <c>display</c>. An unknown code is <c>result=false</c> (200); an unknown code
/// system is a 404 OperationOutcome. The verdict, the display rule (a preferred or alternative label in any language,
/// ignoring case; not a hidden label) and the returned display are the snapshot's
/// (<see cref="ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot.ValidateCode"/>).
/// </summary>
internal static class CodeSystemValidateCodeOperation
{
    private static readonly OperationSignature Signature = new("CodeSystem/$validate-code", ["url", "system", "codeSystem", "code", "version", "display", "coding", "codeableConcept", "displayLanguage", "abstract"]);

    public static Parameters Run(FhirRestFacade facade, FhirRestRequest request)
    {
        var parameters = OperationParameters.Read(request, Signature);

        // R4's 'abstract' (may an abstract code be valid; Firely's validator always sends it) cannot change the answer:
        // the vocabulary has no abstract, not-selectable concepts. It is read so that a value that is not a boolean is a 400.
        _ = parameters.Boolean("abstract");
        var instanceId = request.Id;
        var displayLanguage = parameters.String("displayLanguage");
        var candidates = Candidates(parameters, instanceId);

        ConceptScheme? scheme = null;
        var outcome = default(ValidateCodeAnswer);
        foreach (var (system, systemParameter, code, codeParameter, display, version) in candidates)
        {
            scheme = instanceId is not null
                ? VocabularyArguments.FindScheme(facade, instanceId) is { } byId ? byId : throw FhirRestOutcome.NotFound($"CodeSystem/{FhirRestOutcome.Clip(instanceId)} is not known.")
                : VocabularyArguments.RequireScheme(facade, system, systemParameter);
            if (instanceId is not null && system is not null && VocabularyArguments.FindScheme(facade, system) is { } named && named != scheme)
            {
                throw FhirRestOutcome.Invalid(systemParameter, $"'{FhirRestOutcome.Clip(system)}' is not CodeSystem/{instanceId}.");
            }

            VocabularyArguments.CheckVersion(facade, scheme, version, "version");
            if (string.IsNullOrWhiteSpace(code))
            {
                throw FhirRestOutcome.Required(codeParameter, "the code to validate.");
            }

            outcome = ValidateCodeAnswer.Check(facade, scheme, code, display, displayLanguage);
            if (outcome.Result)
            {
                break;
            }
        }

        return outcome.ToParameters();
    }

    private static List<(string? System, string SystemParameter, string? Code, string CodeParameter, string? Display, string? Version)> Candidates(
        OperationParameters parameters, string? instanceId)
    {
        var url = parameters.String("url") ?? parameters.String("system");
        var urlParameter = parameters.Has("url") ? "url" : "system";
        var (code, coding, concept) = CodedInput.Read(parameters, "url");
        if (parameters.Has("codeSystem"))
        {
            throw FhirRestOutcome.NotSupported("Validating against a CodeSystem passed in the request is not supported; use url.", "codeSystem");
        }

        if (code is not null)
        {
            return [(url, urlParameter, code, "code", parameters.String("display"), parameters.String("version"))];
        }

        if (coding is not null)
        {
            return [(coding.System ?? url, "coding.system", coding.Code, "coding.code", coding.Display, coding.Version ?? parameters.String("version"))];
        }

        // A CodeableConcept is valid when one of its codings in this code system is (R4: "any of the codings").
        var codings = concept!.Where(c => instanceId is not null || c.System is not null).ToList();
        if (codings.Count == 0)
        {
            throw FhirRestOutcome.Required("codeableConcept", "the CodeableConcept has no coding with a system.");
        }

        return codings.Select((c, i) => (c.System, $"codeableConcept.coding[{i}].system", c.Code, $"codeableConcept.coding[{i}].code", c.Display, c.Version)).ToList();
    }
}
