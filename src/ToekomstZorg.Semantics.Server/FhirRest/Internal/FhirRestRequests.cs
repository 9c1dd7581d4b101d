using System.Net;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ToekomstZorg.Semantics.Fhir.Rest;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// Maps an HTTP request to a <see cref="FhirRestRequest"/>: the base URL, the query parameters in order, the route's
/// <c>id</c>, and for a POST the body (decoded, size-limited, in the format its Content-Type names) or, for
/// <c>_search</c>, the form fields (http://hl7.org/fhir/R4/http.html#search: POST with
/// application/x-www-form-urlencoded is the same search as the GET).
/// </summary>
internal static class FhirRestRequests
{
    public static async Task<FhirRestRequest> ReadAsync(HttpContext context, int maxBodyBytes)
    {
        var request = context.Request;
        var query = Pairs(request.Query);
        var id = request.RouteValues["id"] as string;
        if (!HttpMethods.IsPost(request.Method))
        {
            return new FhirRestRequest(FhirResponses.BaseUrl(request), query, id);
        }

        var (body, format) = await FhirRequestBody.ReadAsync(request, maxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        return new FhirRestRequest(FhirResponses.BaseUrl(request), query, id, body, format);
    }

    public static async Task<FhirRestRequest> ReadSearchFormAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !string.Equals(media.MediaType.Value, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, "POST _search takes its parameters as application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var pairs = Pairs(request.Query);
        foreach (var (name, values) in form)
        {
            foreach (var value in values)
            {
                pairs.Add(new(name, value ?? string.Empty));
            }
        }

        return new FhirRestRequest(FhirResponses.BaseUrl(request), pairs);
    }

    private static List<KeyValuePair<string, string>> Pairs(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> collection)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in collection)
        {
            foreach (var value in values)
            {
                if (value is not null)
                {
                    pairs.Add(new(name, value));
                }
            }
        }

        return pairs;
    }
}
