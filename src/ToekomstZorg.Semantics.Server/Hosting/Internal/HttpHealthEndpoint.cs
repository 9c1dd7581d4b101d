using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Grpc.HealthCheck;
using ToekomstZorg.Semantics.Server.Snapshots;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace ToekomstZorg.Semantics.Server.Hosting.Internal;

/// <summary>
/// <c>GET /health</c> on the HTTP side, for load balancers and orchestrators that probe over HTTP/1.1: the same
/// overall status as <c>grpc.health.v1.Health/Check</c> with service <c>""</c>. 200 with
/// <c>{"status":"SERVING","vocabulary_version":"…"}</c> while serving; 503 with <c>NOT_SERVING</c> once shutdown begins.
/// </summary>
internal static class HttpHealthEndpoint
{
    public const string Path = "/health";

    // The version as written ("2026-11-22+bb24…"), not with "+" escaped as \u002B: the body is ASCII JSON either way.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], async context =>
        {
            var overall = await context.RequestServices.GetRequiredService<HealthServiceImpl>()
                .Check(new Grpc.Health.V1.HealthCheckRequest(), null!).ConfigureAwait(false);
            var status = overall.Status;
            var version = context.RequestServices.GetRequiredService<IVocabularySource>().Current.Version;
            var response = context.Response;
            response.StatusCode = status == ServingStatus.Serving ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "application/json";
            response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }

            var body = JsonSerializer.SerializeToUtf8Bytes(
                new Dictionary<string, string>
                {
                    ["status"] = status == ServingStatus.Serving ? "SERVING" : "NOT_SERVING",
                    ["vocabulary_version"] = version,
                },
                JsonOptions);
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });
    }
}
