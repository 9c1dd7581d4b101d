using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Rest;

/// <summary>
/// The REST/JSON routes share their gRPC service's access policy: without a token 401 (UNAUTHENTICATED in the body),
/// with another service's token 403 (PERMISSION_DENIED), with the right one served; the OpenAPI document stays open.
/// </summary>
public sealed class JsonTranscodingAccessTests : IAsyncLifetime
{
    private const string TerminologyToken = "terminologie-token";
    private const string FhirToken = "fhir-token";

    private readonly FunctionalServer _server = new(new Dictionary<string, string?>
    {
        [$"Tzsem:BearerTokens:{Services.Terminology}"] = TerminologyToken,
        [$"Tzsem:BearerTokens:{Services.FhirTranslation}"] = FhirToken,
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, 16)]
    [InlineData("fout", HttpStatusCode.Unauthorized, 16)]
    [InlineData(FhirToken, HttpStatusCode.Forbidden, 7)]
    public async Task GetSchemes_WithoutTheServiceToken_RefusedWithTheGrpcStatusInTheBody(string? token, HttpStatusCode status, int code)
    {
        using var http = Client(token);

        using var response = await http.GetAsync(new Uri("/v1/schemes", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(status);
        body.RootElement.GetProperty("code").GetInt32().Should().Be(code);
        body.RootElement.GetProperty("message").GetString().Should().Contain(Services.Terminology);
    }

    [Fact]
    public async Task GetSchemes_WithTheServiceToken_Served()
    {
        using var http = Client(TerminologyToken);

        using var response = await http.GetAsync(new Uri("/v1/schemes", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetOpenApi_WithoutToken_Served()
    {
        using var http = Client(null);

        using var response = await http.GetAsync(new Uri("/v1/openapi.json", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private HttpClient Client(string? token)
    {
        var http = new HttpClient { BaseAddress = _server.Endpoints.Http };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
