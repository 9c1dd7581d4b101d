using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Server.Snapshots;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// Writes FHIR answers (http://hl7.org/fhir/R4/http.html#mime-type) in the negotiated format with Firely's serializers
/// (<see cref="FhirResourceSerializer"/>): compact, or indented with <c>_pretty=true</c>.
/// </summary>
internal static class FhirResponses
{
    /// <summary>Header naming the vocabulary version that answered (also inside the resources where FHIR has a place for it).</summary>
    public const string VersionHeader = "X-Vocabulary-Version";

    public static Task WriteAsync(HttpContext context, ServedVocabulary vocabulary, Resource resource, FhirFormat format, int status = StatusCodes.Status200OK) =>
        WriteAsync(context, vocabulary, Serialize(context, resource, format), format, status);

    /// <summary>The resource in <paramref name="format"/>: compact, or indented with <c>_pretty=true</c>.</summary>
    public static byte[] Serialize(HttpContext context, Resource resource, FhirFormat format)
    {
        var indented = string.Equals(context.Request.Query["_pretty"].ToString(), "true", StringComparison.Ordinal);
        return FhirResourceSerializer.Serialize(resource, format, indented);
    }

    public static async Task WriteAsync(HttpContext context, ServedVocabulary vocabulary, byte[] body, FhirFormat format, int status = StatusCodes.Status200OK)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = FhirMediaTypes.ContentType(format);
        response.ContentLength = body.Length;
        response.Headers[VersionHeader] = vocabulary.Version;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteOutcomeAsync(HttpContext context, ServedVocabulary vocabulary, FhirOperationException exception, FhirFormat format) =>
        WriteAsync(context, vocabulary, FhirRestOutcome.Of(exception), format, (int)exception.Status);

    /// <summary>The FHIR base URL of this server as the caller addressed it, e.g. <c>http://127.0.0.1:5081/fhir</c>.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
}
