using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Hosting.Internal;

/// <summary>
/// The server's health as ASP.NET Core health checks see it, and through Grpc.AspNetCore.HealthChecks the gRPC health
/// service (<c>""</c> and each service) and <c>GET /health</c>: healthy while a vocabulary snapshot is served, unhealthy
/// from the moment shutdown begins, so load balancers stop sending calls while those in flight drain.
/// </summary>
internal sealed class VocabularyHealthCheck(IVocabularySource vocabulary, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public const string Name = "vocabulary";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("shutting down"));
        }

        var version = vocabulary.Current.Version;
        return Task.FromResult(HealthCheckResult.Healthy($"serving vocabulary {version}"));
    }
}
