using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ToekomstZorg.Semantics.Server.Hosting.Internal;

/// <summary>
/// CORS for browser applications on another origin (<see cref="TerminologyServerOptions.CorsOrigins"/>): one policy for
/// every route, so a page on an allowed origin calls gRPC-Web, the REST/JSON routes and the FHIR facade. With no origin
/// configured nothing is registered and no answer carries a CORS header.
/// </summary>
internal static class CrossOriginAccess
{
    // What a script may read besides the CORS-safelisted headers: gRPC-Web's status in a trailers-only answer (every
    // error without a message body), and the headers the REST and FHIR answers use.
    private static readonly string[] ExposedHeaders =
    [
        "grpc-status", "grpc-message", "grpc-status-details-bin", "grpc-encoding", "grpc-accept-encoding",
        "Allow", "Content-Location", "ETag", "Location",
    ];

    public static void AddCrossOriginAccess(this IServiceCollection services, TerminologyServerOptions options)
    {
        if (options.CorsOrigins.Count == 0)
        {
            return;
        }

        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (options.CorsOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. options.CorsOrigins]);
            }

            // Any request header: gRPC-Web sends x-grpc-web, x-user-agent and grpc-timeout, callers send authorization.
            policy.AllowAnyHeader()
                .WithMethods("GET", "HEAD", "POST")
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }

    /// <summary>Answers preflights and adds the CORS headers; after routing, before gRPC-Web and authentication.</summary>
    public static void UseCrossOriginAccess(this WebApplication app, TerminologyServerOptions options)
    {
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }
    }
}
