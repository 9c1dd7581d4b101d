using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Grpc.Net.Client;
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

    /// <summary>A new Grpc.Net.Client channel to the server; the caller disposes it.</summary>
    public GrpcChannel Connect() => GrpcChannel.ForAddress(Address);

    /// <summary>A channel whose calls carry <c>authorization: Bearer <paramref name="token"/></c> (call credentials over cleartext, loopback only).</summary>
    public GrpcChannel Connect(string token) => GrpcChannel.ForAddress(Address, new GrpcChannelOptions
    {
        Credentials = Grpc.Core.ChannelCredentials.Create(
            Grpc.Core.ChannelCredentials.Insecure,
            Grpc.Core.CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
        UnsafeUseInsecureChannelCallCredentials = true,
    });

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
