using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>Writes FHIR JSON responses (http://hl7.org/fhir/R4/http.html#mime-type).</summary>
internal static class FhirResponses
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    /// <summary>Header naming the vocabulary version that answered (also inside the resources where FHIR has a place for it).</summary>
    public const string VersionHeader = "X-Vocabulary-Version";

    public static async Task WriteAsync(HttpContext context, ServedVocabulary vocabulary, byte[] json, int status = StatusCodes.Status200OK)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        response.Headers[VersionHeader] = vocabulary.Version;
        await response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteOutcomeAsync(HttpContext context, ServedVocabulary vocabulary, int status, string issueCode, string message, string? expression = null) =>
        WriteAsync(context, vocabulary, OperationOutcomes.Single(status >= 500 ? "fatal" : "error", issueCode, message, expression), status);

    /// <summary>The FHIR base URL of this server as the caller addressed it, e.g. <c>http://127.0.0.1:5081/fhir</c>.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
}
