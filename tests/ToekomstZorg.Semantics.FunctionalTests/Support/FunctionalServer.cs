using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>The real server, in-process on free loopback ports, over a temporary copy of the repository's vocab/ (watched).</summary>
public sealed class FunctionalServer : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private WebApplication? _app;

    /// <summary>A server with the default settings (used as a class fixture).</summary>
    public FunctionalServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A server with extra configuration settings.</summary>
    internal FunctionalServer(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>The temporary vocabulary directory; tests may edit it.</summary>
    public string VocabularyDirectory { get; } = Directory.CreateTempSubdirectory("tz-functional-vocab-").FullName;

    internal ServerEndpoints Endpoints => _app!.Services.GetRequiredService<ServerEndpoints>();

    internal IVocabularySource Vocabulary => _app!.Services.GetRequiredService<IVocabularySource>();

    /// <summary>host:port of the gRPC endpoint.</summary>
    public string GrpcTarget => $"127.0.0.1:{Endpoints.Grpc.Port}";

    public async Task InitializeAsync()
    {
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "vocab"), VocabularyDirectory);
        _app = TerminologyServer.Build([], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tzsem:Vocab"] = VocabularyDirectory,
            ["Tzsem:GrpcPort"] = "0",
            ["Tzsem:HttpPort"] = "0",
            ["Tzsem:Watch"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        }).AddInMemoryCollection(_settings));
        await _app.StartAsync();
    }

    /// <summary>Stops the server gracefully (calls in flight are drained).</summary>
    public Task StopAsync() => _app!.StopAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(VocabularyDirectory, recursive: true);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
