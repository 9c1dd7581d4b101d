using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Grpc.HealthCheck;
using ToekomstZorg.Semantics.Server.Tests.Support;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace ToekomstZorg.Semantics.Server.Tests.Hosting;

public sealed class HttpHealthEndpointTests : IAsyncLifetime
{
    private readonly TestVocabulary _vocabulary = new();
    private RunningServer? _server;

    private RunningServer Server => _server!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(_vocabulary.Directory);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _vocabulary.Dispose();
    }

    [Fact]
    public async Task Get_Serving_200WithStatusAndVocabularyVersion()
    {
        using var response = await Server.Http.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        body.RootElement.GetProperty("status").GetString().Should().Be("SERVING");
        body.RootElement.GetProperty("vocabulary_version").GetString().Should().Be(Server.Vocabulary.Current.Version);
        text.Should().Contain($"\"vocabulary_version\":\"{Server.Vocabulary.Current.Version}\"", "the version is written as it is, '+' not escaped");
    }

    [Fact]
    public async Task Get_NotServing_503()
    {
        Server.App.Services.GetRequiredService<HealthServiceImpl>().SetStatus(string.Empty, ServingStatus.NotServing);

        using var response = await Server.Http.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().Should().Be("NOT_SERVING");
    }

    [Fact]
    public async Task Head_Serving_200WithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/health", UriKind.Relative));

        using var response = await Server.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }
}
