using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(ToekomstZorg.Semantics.Benchmarks.Server.CannedCarePlanStartup))]

namespace ToekomstZorg.Semantics.Benchmarks.Server;

/// <summary>
/// Adds <see cref="CannedCarePlanInterceptor"/> after the server's own interceptors. ASP.NET Core runs it only when the
/// host is told to (<c>--hostingStartupAssemblies ToekomstZorg.Semantics.Benchmarks</c>, as <see cref="GrpcServerHost"/>
/// does for <c>grpc-server VOCAB canned</c>), so the server itself is unchanged.
/// </summary>
internal sealed class CannedCarePlanStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services =>
    {
        services.AddSingleton<CannedCarePlanInterceptor>();
        services.PostConfigure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<CannedCarePlanInterceptor>());
    });
}
