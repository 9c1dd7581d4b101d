using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The frame around every FHIR REST handler: it takes the vocabulary snapshot once (a reload during the request does
/// not change its answer), negotiates the answer's format (<see cref="ContentNegotiation"/>), and maps every failure to
/// an OperationOutcome with its HTTP status in one place (in the negotiated format, JSON when negotiation itself
/// failed). Unexpected failures are logged without request content.
/// </summary>
internal static class FhirEndpoint
{
    public delegate Task Handler(HttpContext context, ServedVocabulary vocabulary, FhirFormat format, TerminologyServerOptions options);

    public static RequestDelegate Handle(Handler handler, bool jsonOnly = false) => async context =>
    {
        var services = context.RequestServices;
        var vocabulary = services.GetRequiredService<IVocabularySource>().Current;
        var format = FhirFormat.Json;
        try
        {
            format = ContentNegotiation.Answer(context.Request, jsonOnly);
            await handler(context, vocabulary, format, services.GetRequiredService<TerminologyServerOptions>()).ConfigureAwait(false);
        }
        catch (FhirOperationException e) when (!context.Response.HasStarted)
        {
            await FhirResponses.WriteOutcomeAsync(context, vocabulary, e, format).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await FhirResponses.WriteOutcomeAsync(
                context, vocabulary,
                FhirRestOutcome.Error(System.Net.HttpStatusCode.RequestEntityTooLarge, OperationOutcome.IssueType.TooLong, "The request body exceeds the server's limit."),
                format).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ToekomstZorg.Semantics.Server.FhirRest");
            ServerLog.FhirRestFailed(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty, e);
            await FhirResponses.WriteOutcomeAsync(
                context, vocabulary,
                FhirRestOutcome.Error(System.Net.HttpStatusCode.InternalServerError, OperationOutcome.IssueType.Exception, "The server failed to process the request."),
                format).ConfigureAwait(false);
        }
    };
}
