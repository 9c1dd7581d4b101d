using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// <c>POST /fhir/{CarePlan|CareTeam|Bundle}/$translate</c>: translates every coding of a scheme of the vocabulary into
/// the target scheme. The body is the resource itself (target and mode in the query: <c>?target=kern&amp;mode=add</c>)
/// or a Parameters resource with <c>resource</c>, <c>target</c> and <c>mode</c>. The answer is a Parameters resource
/// with <c>return</c> (the translated resource, every untranslated byte as it came in) and <c>outcome</c> (an
/// OperationOutcome with one issue per unmapped, lossy or false-friend coding). Rejected input is an OperationOutcome
/// with the position of the problem: 400 (malformed), 413 (too large), 422 (not a resource of this type).
/// The resource's content is never logged.
/// </summary>
internal static class ResourceTranslateOperation
{
    public static FhirEndpoint.Handler For(string resourceType) =>
        (context, vocabulary, options) => HandleAsync(context, vocabulary, options, resourceType);

    private static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options, string resourceType)
    {
        // Room for a Parameters wrapper around a resource of the maximum size.
        var body = await FhirRequestBody.ReadAsync(context.Request, options.MaxResourceBytes + 64 * 1024, context.RequestAborted).ConfigureAwait(false);
        var query = OperationParameters.FromQuery(context.Request.Query);
        var target = query.String("target") ?? query.String("targetsystem");
        var mode = query.String("mode");
        byte[] resource = body;
        if (ResourceTypeSniffer.Peek(body) == "Parameters" && resourceType != "Parameters")
        {
            (resource, var bodyTarget, var bodyMode) = Unwrap(body);
            target = bodyTarget ?? target;
            mode = bodyMode ?? mode;
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            throw FhirOperationException.Required("target", "the target scheme (IRI or key, e.g. kern), as ?target= or a Parameters 'target'.");
        }

        var result = vocabulary.Resources.Translate(resource, target, ParseMode(mode), resourceType);
        if (!result.Succeeded)
        {
            await FhirResponses.WriteAsync(context, vocabulary, result.ToOperationOutcomeJson(), result.Error!.HttpStatus).ConfigureAwait(false);
            return;
        }

        await FhirResponses.WriteAsync(context, vocabulary, result.ToParametersJson()).ConfigureAwait(false);
    }

    private static TranslationMode ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "" or "add" => TranslationMode.Add,
        "replace" => TranslationMode.Replace,
        _ => throw FhirOperationException.Invalid("mode", $"mode must be 'add' or 'replace', not '{VocabularyArguments.Clip(mode)}'."),
    };

    private static (byte[] Resource, string? Target, string? Mode) Unwrap(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 66 });
        }
        catch (JsonException e)
        {
            throw new FhirOperationException(400, "structure", $"The Parameters body is not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of that line.");
        }

        using (document)
        {
            var parameters = OperationParameters.FromParametersElement(document.RootElement);
            var resource = parameters.Resource("resource")
                ?? throw FhirOperationException.Required("resource", "the Parameters must carry the resource to translate in parameter 'resource'.");

            // GetRawText is the exact text of the element in the body, so untranslated bytes still pass through unchanged.
            return (Encoding.UTF8.GetBytes(resource.GetRawText()), parameters.String("target") ?? parameters.String("targetsystem"), parameters.String("mode"));
        }
    }
}
