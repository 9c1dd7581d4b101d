using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Grpc.Client;
using ToekomstZorg.Semantics.Server.Hosting;

namespace ToekomstZorg.Semantics.Contracts.Tests.Support;

/// <summary>The real server in-process on free loopback ports, serving the repository's vocab/ (not watched).</summary>
public sealed class RunningTerminologyServer : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private WebApplication? _app;

    /// <summary>A server with the default settings (used as a class fixture).</summary>
    public RunningTerminologyServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A server with extra configuration settings (e.g. <c>Tzsem:BearerTokens:…</c>).</summary>
    internal RunningTerminologyServer(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>The gRPC base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address => _app!.Services.GetRequiredService<ServerEndpoints>().Grpc;

    /// <summary>A new connection to the server; the caller disposes it.</summary>
    public GrpcClient Connect() => new(Address);

    public async Task InitializeAsync()
    {
        _app = TerminologyServer.Build([], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tzsem:Vocab"] = Path.Combine(RepositoryPaths.Root, "vocab"),
            ["Tzsem:GrpcPort"] = "0",
            ["Tzsem:HttpPort"] = "0",
            ["Tzsem:Watch"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        }).AddInMemoryCollection(_settings));
        await _app.StartAsync();
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
