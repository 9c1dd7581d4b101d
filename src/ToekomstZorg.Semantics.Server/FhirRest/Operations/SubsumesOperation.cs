using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// CodeSystem/$subsumes (http://hl7.org/fhir/R4/codesystem-operation-subsumes.html), type level and on an instance.
/// In: <c>codeA</c>, <c>codeB</c>, <c>system</c>, <c>version</c>, or <c>codingA</c>/<c>codingB</c>. Out: <c>outcome</c>
/// (equivalent | subsumes | subsumed-by | not-subsumed): the snapshot's <see cref="VocabularySnapshot.Subsumes"/>.
/// </summary>
internal static class SubsumesOperation
{
    private static readonly OperationSignature Signature = new("CodeSystem/$subsumes", ["codeA", "codeB", "system", "version", "codingA", "codingB"]);

    public static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options)
    {
        var parameters = await OperationParameters.ReadAsync(context, options.MaxResourceBytes, Signature).ConfigureAwait(false);
        var instanceId = context.Request.RouteValues["id"] as string;
        var codingA = parameters.Coding("codingA");
        var codingB = parameters.Coding("codingB");
        var codeA = codingA?.Code ?? parameters.String("codeA");
        var codeB = codingB?.Code ?? parameters.String("codeB");
        var system = parameters.String("system") ?? codingA?.System ?? codingB?.System ?? instanceId;
        if (codingA?.System is { } systemA && codingB?.System is { } systemB && systemA != systemB)
        {
            throw FhirOperationException.Invalid("codingB", "codingA and codingB must be in the same code system.");
        }

        var scheme = VocabularyArguments.RequireScheme(vocabulary, system, "system");
        if (instanceId is not null && VocabularyArguments.FindScheme(vocabulary, instanceId) != scheme)
        {
            throw FhirOperationException.NotFound($"CodeSystem/{VocabularyArguments.Clip(instanceId)} is not the code system '{VocabularyArguments.Clip(system!)}'.");
        }

        VocabularyArguments.CheckVersion(vocabulary, scheme, parameters.String("version"), "version");
        var a = VocabularyArguments.RequireConcept(vocabulary, scheme, codeA, codingA is null ? "codeA" : "codingA");
        var b = VocabularyArguments.RequireConcept(vocabulary, scheme, codeB, codingB is null ? "codeB" : "codingB");

        var outcome = VocabularySnapshot.Subsumes(a, b) switch
        {
            SubsumptionOutcome.Equivalent => "equivalent",
            SubsumptionOutcome.Subsumes => "subsumes",
            SubsumptionOutcome.SubsumedBy => "subsumed-by",
            _ => "not-subsumed",
        };
        var json = FhirJson.Write(writer =>
        {
            writer.WriteStartParameters();
            writer.WriteParameter("outcome", "valueCode", outcome);
            writer.WriteEndParameters();
        });
        await FhirResponses.WriteAsync(context, vocabulary, json).ConfigureAwait(false);
    }
}
