using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// Read (<c>GET /fhir/{type}/{id}</c>, http://hl7.org/fhir/R4/http.html#read) and search
/// (<c>GET /fhir/{type}?url=…</c>, http://hl7.org/fhir/R4/http.html#search) of the exported CodeSystems, ValueSets and
/// ConceptMaps. Search supports <c>url</c> (with an optional <c>|version</c>), <c>_id</c> and <c>version</c>, and pages
/// with <c>_count</c> and <c>_offset</c> (<c>total</c> counts every match; links <c>self</c>, <c>next</c>, <c>previous</c>); other
/// parameters are ignored, as FHIR's default lenient handling allows, and listed in an OperationOutcome entry (fullUrl a urn:uuid).
/// </summary>
internal static class CanonicalResourceEndpoints
{
    private static readonly HashSet<string> SearchParameters = new(StringComparer.Ordinal) { "url", "_id", "version", "_count", "_offset", "_format", "_pretty" };

    public static FhirEndpoint.Handler Read(string resourceType) => async (context, vocabulary, _) =>
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var document = vocabulary.TerminologyResources.FirstOrDefault(d => d.ResourceType == resourceType && d.Id == id)
            ?? throw new FhirOperationException(404, "not-found", $"{resourceType}/{VocabularyArguments.Clip(id)} is not known.");
        await FhirResponses.WriteAsync(context, vocabulary, document.Json).ConfigureAwait(false);
    };

    public static FhirEndpoint.Handler Search(string resourceType) => async (context, vocabulary, _) =>
    {
        var parameters = OperationParameters.FromQuery(context.Request.Query);
        var url = parameters.String("url");
        var id = parameters.String("_id");
        var version = parameters.String("version");
        var count = parameters.Integer("_count");
        var offset = parameters.Integer("_offset") ?? 0;
        if (url is not null && url.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0)
        {
            version ??= url[(bar + 1)..];
            url = url[..bar];
        }

        var found = vocabulary.TerminologyResources
            .Where(d => d.ResourceType == resourceType && (url is null || d.Url == url) && (id is null || d.Id == id)
                && (version is null || version == vocabulary.Version))
            .ToList();
        var ignored = context.Request.Query.Keys.Where(k => !SearchParameters.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var baseUrl = FhirResponses.BaseUrl(context.Request);
        var json = FhirJson.Write(writer => WriteSearchSet(writer, context.Request, baseUrl, vocabulary, found, (offset, count), ignored));
        await FhirResponses.WriteAsync(context, vocabulary, json).ConfigureAwait(false);
    };

    private static void WriteSearchSet(
        Utf8JsonWriter writer, HttpRequest request, string baseUrl, ServedVocabulary vocabulary, List<FhirExportDocument> found,
        (int Offset, int? Count) paging, List<string> ignored)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Bundle");
        writer.WriteString("id", Guid.NewGuid().ToString("D"));
        writer.WriteStartObject("meta");
        writer.WriteString("lastUpdated", FhirJson.Instant(vocabulary.LoadedAt));
        writer.WriteEndObject();
        writer.WriteString("type", "searchset");
        writer.WriteNumber("total", found.Count);
        writer.WriteStartArray("link");
        writer.WriteStartObject();
        writer.WriteString("relation", "self");
        writer.WriteString("url", $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
        writer.WriteEndObject();

        // http://hl7.org/fhir/R4/http.html#paging: _count entries from _offset; 'next' while more follow.
        var page = found.Skip(paging.Offset).Take(paging.Count ?? int.MaxValue).ToList();
        if (paging.Count is { } count and > 0 && paging.Offset + page.Count < found.Count)
        {
            writer.WriteStartObject();
            writer.WriteString("relation", "next");
            writer.WriteString("url", PageUrl(request, paging.Offset + count));
            writer.WriteEndObject();
        }

        if (paging.Offset > 0 && paging.Count is { } size and > 0)
        {
            writer.WriteStartObject();
            writer.WriteString("relation", "previous");
            writer.WriteString("url", PageUrl(request, Math.Max(0, paging.Offset - size)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (page.Count > 0 || ignored.Count > 0)
        {
            writer.WriteStartArray("entry");
            foreach (var document in page)
            {
                writer.WriteStartObject();
                writer.WriteString("fullUrl", $"{baseUrl}/{document.ResourceType}/{document.Id}");
                writer.WritePropertyName("resource");
                writer.WriteRawValue(document.Json, skipInputValidation: true);
                writer.WriteStartObject("search");
                writer.WriteString("mode", "match");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            if (ignored.Count > 0)
            {
                writer.WriteStartObject();
                writer.WriteString("fullUrl", $"urn:uuid:{Guid.NewGuid():D}");
                writer.WriteStartObject("resource");
                writer.WriteString("resourceType", "OperationOutcome");
                writer.WriteStartArray("issue");
                OperationOutcomes.WriteIssue(writer, "warning", "not-supported", $"Search parameters ignored: {string.Join(", ", ignored.Select(VocabularyArguments.Clip))}.", null);
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteStartObject("search");
                writer.WriteString("mode", "outcome");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    // The same search with another _offset (the other parameters, _count included, kept).
    private static string PageUrl(HttpRequest request, int offset)
    {
        var query = request.Query.Where(q => q.Key != "_offset")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("_offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
    }
}
