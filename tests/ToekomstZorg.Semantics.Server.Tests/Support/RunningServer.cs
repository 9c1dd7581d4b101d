using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>The real server (Kestrel on free loopback ports) over a vocabulary directory.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebApplication app)
    {
        App = app;
        Endpoints = app.Services.GetRequiredService<ServerEndpoints>();
        Vocabulary = app.Services.GetRequiredService<IVocabularySource>();
        Http = new HttpClient { BaseAddress = Endpoints.Http };
    }

    public WebApplication App { get; }

    public ServerEndpoints Endpoints { get; }

    public IVocabularySource Vocabulary { get; }

    public HttpClient Http { get; }

    public static async Task<RunningServer> StartAsync(string vocabularyDirectory, bool watch = false, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Tzsem:Vocab"] = vocabularyDirectory,
            ["Tzsem:GrpcPort"] = "0",
            ["Tzsem:HttpPort"] = "0",
            ["Tzsem:Watch"] = watch ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = TerminologyServer.Build([], configuration => configuration.AddInMemoryCollection(values));
        await app.StartAsync();
        return new RunningServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
