using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// CodeSystem/$subsumes (http://hl7.org/fhir/R4/codesystem-operation-subsumes.html), type level and on an instance.
/// In: <c>codeA</c>, <c>codeB</c>, <c>system</c>, <c>version</c>, or <c>codingA</c>/<c>codingB</c>. Out: <c>outcome</c>
/// (equivalent | subsumes | subsumed-by | not-subsumed): the snapshot's <see cref="VocabularySnapshot.Subsumes"/>.
/// </summary>
internal static class SubsumesOperation
{
    private static readonly OperationSignature Signature = new("CodeSystem/$subsumes", ["codeA", "codeB", "system", "version", "codingA", "codingB"]);

    public static Parameters Run(FhirRestFacade facade, FhirRestRequest request)
    {
        var parameters = OperationParameters.Read(request, Signature);
        var instanceId = request.Id;
        var codingA = parameters.Coding("codingA");
        var codingB = parameters.Coding("codingB");
        var codeA = codingA?.Code ?? parameters.String("codeA");
        var codeB = codingB?.Code ?? parameters.String("codeB");
        var system = parameters.String("system") ?? codingA?.System ?? codingB?.System ?? instanceId;
        if (codingA?.System is { } systemA && codingB?.System is { } systemB && systemA != systemB)
        {
            throw FhirRestOutcome.Invalid("codingB", "codingA and codingB must be in the same code system.");
        }

        var scheme = VocabularyArguments.RequireScheme(facade, system, "system");
        if (instanceId is not null && VocabularyArguments.FindScheme(facade, instanceId) != scheme)
        {
            throw FhirRestOutcome.NotFound($"CodeSystem/{FhirRestOutcome.Clip(instanceId)} is not the code system '{FhirRestOutcome.Clip(system!)}'.");
        }

        VocabularyArguments.CheckVersion(facade, scheme, parameters.String("version"), "version");
        var a = VocabularyArguments.RequireConcept(facade, scheme, codeA, codingA is null ? "codeA" : "codingA");
        var b = VocabularyArguments.RequireConcept(facade, scheme, codeB, codingB is null ? "codeB" : "codingB");

        var outcome = VocabularySnapshot.Subsumes(a, b) switch
        {
            SubsumptionOutcome.Equivalent => "equivalent",
            SubsumptionOutcome.Subsumes => "subsumes",
            SubsumptionOutcome.SubsumedBy => "subsumed-by",
            _ => "not-subsumed",
        };
        return new Parameters { Parameter = new List<Parameters.ParameterComponent>().AddValue("outcome", new Code(outcome)) };
    }
}
