using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Site;

namespace ToekomstZorg.Semantics.Server.Site;

/// <summary>The vocabulary site and the linked-data answers on the HTTP port at <c>/</c>.</summary>
public static class VocabularySiteEndpoints
{
    // Prefixes other endpoints own: the site never answers under them, even where their own routes do not match.
    private static readonly string[] Reserved = ["/fhir", "/health", "/v1", "/grpc"];

    /// <summary>
    /// Maps <c>GET</c>/<c>HEAD</c> of every path not taken by another endpoint to <see cref="VocabularySite"/>. The
    /// route is a catch-all with the lowest order, so <c>/fhir</c>, <c>/health</c> and any literal route mapped before
    /// or after (e.g. <c>/v1/…</c>) keep precedence. Each request takes the current snapshot once.
    /// </summary>
    public static IEndpointRouteBuilder MapVocabularySite(this IEndpointRouteBuilder routes, SiteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var site = new VocabularySite(options);
        routes.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (Reserved.Any(r => path.Equals(r, StringComparison.OrdinalIgnoreCase) || path.StartsWith(r + "/", StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var source = context.RequestServices.GetRequiredService<IVocabularySource>();
            var snapshot = source.Current.Snapshot;
            var releases = source is ServedVocabularyStore store
                ? store.Releases.All.Select(n => new SiteReleaseNote(n.FromVersion, n.ToVersion, n.At, n.Diff)).ToArray()
                : [];
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, values) in context.Request.Query)
            {
                query[name] = values.ToString().Split(',')[0];
            }

            var answer = site.Respond(snapshot, new SiteRequest(path, query, context.Request.Headers.Accept.Count == 0 ? null : context.Request.Headers.Accept.ToString()), releases);
            var response = context.Response;
            response.StatusCode = answer.StatusCode;
            response.ContentType = answer.ContentType;
            response.ContentLength = answer.Body.Length;
            if (answer.VaryAccept)
            {
                response.Headers.Vary = "Accept";
            }

            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
            }
        }).Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = int.MaxValue);
        return routes;
    }
}
