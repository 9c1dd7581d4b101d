using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The HTTP methods the mapped <c>/fhir</c> routes allow for a path, read from the endpoints themselves (so the route
/// table is written once): the <c>Allow</c> header of a 405 (https://www.rfc-editor.org/rfc/rfc9110#name-405-method-not-allowed).
/// </summary>
internal static class AllowedMethods
{
    /// <summary>The methods some <c>/fhir</c> endpoint allows on <paramref name="path"/>; empty when no route matches it.</summary>
    public static IReadOnlyList<string> For(HttpContext context, PathString path)
    {
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint is not RouteEndpoint route || route.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                || route.RoutePattern.RawText is not { } template || !template.StartsWith("/fhir/", StringComparison.Ordinal))
            {
                continue;
            }

            var matcher = new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary());
            if (matcher.TryMatch(path, new RouteValueDictionary()))
            {
                allowed.UnionWith(methods.HttpMethods);
            }
        }

        return [.. allowed];
    }
}
