using System.Globalization;
using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// Read (<c>GET /fhir/{type}/{id}</c>, http://hl7.org/fhir/R4/http.html#read) and search (<c>GET /fhir/{type}?url=…</c>
/// or <c>POST /fhir/{type}/_search</c>, http://hl7.org/fhir/R4/http.html#search) of the exported CodeSystems,
/// ValueSets, ConceptMaps and StructureDefinitions. Search supports <c>url</c> (with an optional <c>|version</c>),
/// <c>_id</c> and <c>version</c>, and pages with <c>_count</c> and <c>_offset</c> (<c>total</c> counts every match;
/// links <c>self</c>, <c>next</c>, <c>previous</c>); other parameters are ignored, as FHIR's default lenient handling
/// allows, and listed in an OperationOutcome entry. Every entry has a <c>fullUrl</c> (bdl-15; the outcome's a urn:uuid).
/// </summary>
internal static class CanonicalResourceSearch
{
    private static readonly HashSet<string> SearchParameters = new(StringComparer.Ordinal) { "url", "_id", "version", "_count", "_offset", "_format", "_pretty" };

    public static FhirExportDocument Read(FhirRestFacade facade, string resourceType, string id) =>
        facade.Resources.FirstOrDefault(d => d.ResourceType == resourceType && d.Id == id)
        ?? throw FhirRestOutcome.Error(HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound, $"{resourceType}/{FhirRestOutcome.Clip(id)} is not known.");

    public static Bundle Search(FhirRestFacade facade, string resourceType, FhirRestRequest request)
    {
        var parameters = OperationParameters.OfQuery(request.Query);
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

        var found = facade.Resources
            .Where(d => d.ResourceType == resourceType && (url is null || d.Url == url) && (id is null || d.Id == id)
                && (version is null || version == facade.Version))
            .ToList();
        var ignored = request.Query.Select(q => q.Key).Where(k => !SearchParameters.Contains(k)).Distinct().Order(StringComparer.Ordinal).ToList();

        var bundle = new Bundle
        {
            Id = Guid.NewGuid().ToString("D"),
            Meta = new Meta { LastUpdated = FhirInstant.ToSeconds(facade.LoadedAt) },
            Type = Bundle.BundleType.Searchset,
            Total = found.Count,
            Link = [new Bundle.LinkComponent { RelationString = "self", Url = SearchUrl(request, resourceType, offset: null) }],
        };

        // http://hl7.org/fhir/R4/http.html#paging: _count entries from _offset; 'next' while more follow.
        var page = found.Skip(offset).Take(count ?? int.MaxValue).ToList();
        if (count is { } size and > 0 && offset + page.Count < found.Count)
        {
            bundle.Link.Add(new Bundle.LinkComponent { RelationString = "next", Url = SearchUrl(request, resourceType, offset + size) });
        }

        if (offset > 0 && count is { } back and > 0)
        {
            bundle.Link.Add(new Bundle.LinkComponent { RelationString = "previous", Url = SearchUrl(request, resourceType, Math.Max(0, offset - back)) });
        }

        foreach (var document in page)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{request.BaseUrl}/{document.ResourceType}/{document.Id}",
                Resource = document.Resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        if (ignored.Count > 0)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"urn:uuid:{Guid.NewGuid():D}",
                Resource = FhirRestOutcome.Single(
                    OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.NotSupported,
                    $"Search parameters ignored: {string.Join(", ", ignored.Select(FhirRestOutcome.Clip))}."),
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Outcome },
            });
        }

        return bundle;
    }

    // The search as a GET URL (a POST _search pages by GET too), with another _offset when given (_count kept).
    private static string SearchUrl(FhirRestRequest request, string resourceType, int? offset)
    {
        var url = new StringBuilder(request.BaseUrl).Append('/').Append(resourceType);
        var separator = '?';
        foreach (var (name, value) in request.Query)
        {
            if (offset is not null && name == "_offset")
            {
                continue;
            }

            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (offset is { } next)
        {
            url.Append(separator).Append("_offset=").Append(next.ToString(CultureInfo.InvariantCulture));
        }

        return url.ToString();
    }
}
