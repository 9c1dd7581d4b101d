using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>
/// Graceful shutdown as Grpc.Net.Client sees it (as <see cref="ShutdownInteropTests"/> with python3-grpcio): an open
/// WatchVocabulary or Health/Watch stream ends with OK (Health/Watch after one NOT_SERVING) and the server stops promptly.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class GrpcNetClientShutdownTests : IAsyncLifetime
{
    private readonly FunctionalServer _server = new();
    private GrpcChannel? _channel;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _channel = GrpcChannel.ForAddress(_server.Endpoints.Grpc);
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Stop_WithAWatchOpen_EndsTheWatchWithOkAndStopsPromptly()
    {
        using var call = new TerminologyService.TerminologyServiceClient(_channel).WatchVocabulary(new WatchVocabularyRequest(), deadline: DateTime.UtcNow.AddSeconds(30));
        (await call.ResponseStream.MoveNext(CancellationToken.None)).Should().BeTrue();
        call.ResponseStream.Current.Kind.Should().Be(VocabularyEvent.Types.Kind.Current);

        var clock = Stopwatch.StartNew();
        await _server.StopAsync();
        var stopped = clock.Elapsed;
        var more = await call.ResponseStream.MoveNext(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        more.Should().BeFalse("the watch ends on shutdown");
        call.GetStatus().StatusCode.Should().Be(StatusCode.OK);
        stopped.Should().BeLessThan(TimeSpan.FromSeconds(5), "an open watch does not hold the shutdown until its timeout");
    }

    [Fact]
    public async Task Stop_WithAHealthWatchOpen_NotServingOnceThenOkAndStopsPromptly()
    {
        using var call = new Health.HealthClient(_channel).Watch(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(60));
        (await call.ResponseStream.MoveNext(CancellationToken.None)).Should().BeTrue();
        call.ResponseStream.Current.Status.Should().Be(HealthCheckResponse.Types.ServingStatus.Serving);

        var clock = Stopwatch.StartNew();
        await _server.StopAsync();
        var stopped = clock.Elapsed;
        var rest = await call.ResponseStream.ReadAllAsync().ToListAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        rest.Select(r => r.Status).Should().Equal(HealthCheckResponse.Types.ServingStatus.NotServing);
        call.GetStatus().StatusCode.Should().Be(StatusCode.OK);
        stopped.Should().BeLessThan(TimeSpan.FromSeconds(5), "an open health watch does not hold the shutdown until its timeout");
    }
}
