using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Grpc.Server;
using ToekomstZorg.Semantics.Grpc.Server.Health;
using ToekomstZorg.Semantics.Grpc.Tests.Echo;

namespace ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

/// <summary>
/// The echo service on real Kestrel: HTTP/2 cleartext on one free loopback port (gRPC), HTTP/1.1 on another
/// (to prove HTTP/1.1 callers get a clear error). Shared by the tests of a class.
/// </summary>
public sealed class EchoServer : IAsyncLifetime
{
    public const string SecuredToken = "s3cret-token";

    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public Uri Http1Address { get; private set; } = null!;

    public EchoService Echo { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        ListenOptions? http2 = null, http1 = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, o => (http2 = o).Protocols = HttpProtocols.Http2);
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, o => (http1 = o).Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddSingleton(Echo);
        builder.Services.AddGrpcLayer(o =>
        {
            o.MaxReceiveMessageSize = 1024 * 1024;
            o.BearerTokens["tz.test.echo.Secured"] = SecuredToken;
        });
        _app = builder.Build();
        _app.UseGrpcLayer();
        _app.MapGrpcService<EchoService>(EchoReflection.Descriptor.Services[0]);
        _app.MapGrpcService<SecuredService>(EchoReflection.Descriptor.Services[1]);
        _app.MapGrpcHealthService();
        _app.MapGrpcReflectionService();
        _app.Services.GetRequiredService<GrpcHealthService>()
            .SetStatus("tz.test.echo.Echo", Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        await _app.StartAsync();
        // Kestrel writes the bound port back into each ListenOptions.
        Address = new Uri($"http://127.0.0.1:{http2!.IPEndPoint!.Port}");
        Http1Address = new Uri($"http://127.0.0.1:{http1!.IPEndPoint!.Port}");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
