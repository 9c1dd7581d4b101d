using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The frame around every FHIR REST handler: it takes the vocabulary snapshot once (a reload during the request does
/// not change its answer), checks that the caller accepts FHIR JSON, and maps every failure to an OperationOutcome
/// with its HTTP status in one place. Unexpected failures are logged without request content.
/// </summary>
internal static class FhirEndpoint
{
    public delegate Task Handler(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options);

    public static RequestDelegate Handle(Handler handler) => async context =>
    {
        var services = context.RequestServices;
        var vocabulary = services.GetRequiredService<IVocabularySource>().Current;
        try
        {
            CheckAcceptable(context.Request);
            await handler(context, vocabulary, services.GetRequiredService<TerminologyServerOptions>()).ConfigureAwait(false);
        }
        catch (FhirOperationException e)
        {
            await FhirResponses.WriteOutcomeAsync(context, vocabulary, e.Status, e.IssueCode, e.Message, e.Expression).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await FhirResponses.WriteOutcomeAsync(context, vocabulary, 413, "too-long", "The request body exceeds the server's limit.").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ToekomstZorg.Semantics.Server.FhirRest");
            ServerLog.FhirRestFailed(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty, e);
            await FhirResponses.WriteOutcomeAsync(context, vocabulary, 500, "exception", "The server failed to process the request.").ConfigureAwait(false);
        }
    };

    // http://hl7.org/fhir/R4/http.html#mime-type: the server only speaks JSON; _format overrides Accept.
    private static void CheckAcceptable(HttpRequest request)
    {
        var format = request.Query["_format"].ToString();
        if (format.Length > 0)
        {
            if (format is not ("json" or "application/json" or "application/fhir+json" or "application/json+fhir"))
            {
                throw new FhirOperationException(406, "not-supported", $"_format '{format}' is not supported; this server answers application/fhir+json.", "_format");
            }

            return;
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
        {
            return;
        }

        foreach (var type in types)
        {
            var media = type.MediaType.Value;
            if (media is "*/*" or "application/*" or "application/json" or "application/fhir+json" or "application/json+fhir")
            {
                return;
            }
        }

        throw new FhirOperationException(406, "not-supported", "This server answers application/fhir+json only; the Accept header does not allow it.");
    }
}
