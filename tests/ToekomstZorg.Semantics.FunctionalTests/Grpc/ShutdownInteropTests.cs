using System.Diagnostics;
using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>
/// Graceful shutdown as a python3-grpcio client sees it: an open WatchVocabulary or Health/Watch stream ends with OK
/// (Health/Watch after NOT_SERVING) and the server stops promptly.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ShutdownInteropTests : IAsyncLifetime
{
    private readonly FunctionalServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Stop_WithAWatchOpen_EndsTheWatchWithOkAndStopsPromptly()
    {
        using var watch = PythonGrpc.Start(_server.GrpcTarget, "server_stream", Services.Terminology, "WatchVocabulary", "{}", "--timeout", "30");
        var first = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        JsonDocument.Parse(first!).RootElement.GetProperty("message").GetProperty("kind").GetString().Should().Be("KIND_CURRENT");

        var clock = Stopwatch.StartNew();
        await _server.StopAsync();
        var stopped = clock.Elapsed;
        var last = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await watch.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        JsonDocument.Parse(last!).RootElement.GetProperty("status").GetString().Should().Be("OK", "the watch ends normally on shutdown");
        stopped.Should().BeLessThan(TimeSpan.FromSeconds(5), "an open watch does not hold the shutdown until its timeout");
    }

    [Fact]
    public async Task Stop_WithAHealthWatchOpen_SendsNotServingThenEndsWithOkAndStopsPromptly()
    {
        using var watch = PythonGrpc.Start(_server.GrpcTarget, "server_stream", Services.Health, "Watch", "{}", "--timeout", "60");
        var first = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        JsonDocument.Parse(first!).RootElement.GetProperty("message").GetProperty("status").GetString().Should().Be("SERVING");

        var clock = Stopwatch.StartNew();
        await _server.StopAsync();
        var stopped = clock.Elapsed;
        var notServing = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var last = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await watch.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        JsonDocument.Parse(notServing!).RootElement.GetProperty("message").GetProperty("status").GetString().Should().Be("NOT_SERVING");
        JsonDocument.Parse(last!).RootElement.GetProperty("status").GetString().Should().Be("OK", "the watch ends normally on shutdown");
        stopped.Should().BeLessThan(TimeSpan.FromSeconds(5), "an open health watch does not hold the shutdown until its timeout");
    }
}
