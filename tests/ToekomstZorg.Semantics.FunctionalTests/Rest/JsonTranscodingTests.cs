using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Rest;

/// <summary>
/// The REST/JSON routes (google.api.http in the protos, JSON transcoding on the HTTP port) with a plain HttpClient and
/// curl: each answers what the gRPC call answers, errors are the gRPC status as HTTP status and body, and the OpenAPI
/// document lists the routes.
/// </summary>
public sealed class JsonTranscodingTests(FunctionalServer server) : IClassFixture<FunctionalServer>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.Endpoints.Http };
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(server.Endpoints.Grpc);

    private TerminologyService.TerminologyServiceClient Grpc => new(_channel);

    public void Dispose()
    {
        _http.Dispose();
        _channel.Dispose();
    }

    [Fact]
    public async Task GetSchemes_SameAnswerAsListSchemes()
    {
        var rest = await GetAsync("/v1/schemes", ListSchemesResponse.Parser);

        rest.Should().Be(await Grpc.ListSchemesAsync(new ListSchemesRequest()));
        rest.Schemes.Select(s => s.Key).Should().Contain(["kern", "ggz"]);
    }

    [Fact]
    public async Task GetConcept_SameAnswerAsLookup()
    {
        var rest = await GetAsync("/v1/schemes/ggz/concepts/dubbeldiagnose", LookupResponse.Parser);

        rest.Should().Be(await Grpc.LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" }));
    }

    [Fact]
    public async Task GetSearch_QueryParameters_SameAnswerAsSearch()
    {
        var rest = await GetAsync("/v1/search?text=dubbel&systems=ggz&systems=kern&limit=3", SearchResponse.Parser);

        rest.Should().Be(await Grpc.SearchAsync(new SearchRequest { Text = "dubbel", Systems = { "ggz", "kern" }, Limit = 3 }));
        rest.Matches.Should().NotBeEmpty().And.OnlyContain(m => m.System.EndsWith("/ggz", StringComparison.Ordinal) || m.System.EndsWith("/kern", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetTranslations_SameAnswerAsTranslate()
    {
        var rest = await GetAsync("/v1/schemes/ggz/concepts/dubbeldiagnose/translations?target_system=kern", TranslateResponse.Parser);

        rest.Should().Be(await Grpc.TranslateAsync(new TranslateRequest { System = "ggz", Code = "dubbeldiagnose", TargetSystem = "kern" }));
        rest.Matches.Should().NotBeEmpty();
    }

    [Fact]
    public async Task GetValidate_WithDisplay_SameAnswerAsValidateCode()
    {
        var rest = await GetAsync("/v1/schemes/ggz/concepts/dubbeldiagnose/validate?display=dubbeldiagnose", ValidateCodeResponse.Parser);

        rest.Should().Be(await Grpc.ValidateCodeAsync(new ValidateCodeRequest { System = "ggz", Code = "dubbeldiagnose", Display = "dubbeldiagnose" }));
        rest.Result.Should().BeTrue();
    }

    [Fact]
    public async Task PostCarePlanTranslate_JsonBody_TranslatesTheCoding()
    {
        const string carePlan = """
            {"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/voorbeeld"},
             "category":[{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"dubbeldiagnose"}]}]}
            """;
        var body = JsonFormatter.Default.Format(new FhirTranslateRequest { ResourceJson = carePlan, TargetSystem = "kern", Mode = TranslationMode.Add });

        using var response = await _http.PostAsync(new Uri("/v1/careplans:translate", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = FhirTranslateResponse.Parser.ParseJson(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Codings.Should().ContainSingle().Which.TargetSystem.Should().Be("https://w3id.org/toekomstzorg/kern");
        answer.ResourceJson.Should().Contain("\"category\"");
    }

    [Theory]
    [InlineData("/v1/schemes/ggz/concepts/bestaat-niet", HttpStatusCode.NotFound, 5, "bestaat-niet")]
    [InlineData("/v1/schemes/bestaat-niet/concepts/x", HttpStatusCode.NotFound, 5, "system 'bestaat-niet'")]
    [InlineData("/v1/search?limit=2", HttpStatusCode.BadRequest, 3, "text is required")]
    public async Task Get_CallerMistake_HttpStatusOfTheGrpcStatusWithItInTheBody(string path, HttpStatusCode status, int code, string named)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(status);
        body.RootElement.GetProperty("code").GetInt32().Should().Be(code);
        body.RootElement.GetProperty("message").GetString().Should().Contain(named);
    }

    [Fact]
    public async Task GetOpenApi_DescribesEveryRoute()
    {
        using var response = await _http.GetAsync(new Uri("/v1/openapi.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.RootElement.GetProperty("openapi").GetString().Should().StartWith("3.");
        var paths = document.RootElement.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "/v1/schemes", "/v1/schemes/{system}/concepts/{code}", "/v1/search", "/v1/schemes/{system}/concepts/{code}/translations",
            "/v1/schemes/{system}/concepts/{code}/validate", "/v1/careplans:translate");
        paths.GetProperty("/v1/careplans:translate").TryGetProperty("post", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Curl_GetTranslations_200WithTheMatches()
    {
        var info = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-sS", "-w", "\n%{http_code}", new Uri(server.Endpoints.Http, "/v1/schemes/ggz/concepts/dubbeldiagnose/translations?target_system=kern").ToString() })
        {
            info.ArgumentList.Add(argument);
        }

        using var curl = Process.Start(info)!;
        var output = await curl.StandardOutput.ReadToEndAsync();
        await curl.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var lines = output.TrimEnd().Split('\n');

        curl.ExitCode.Should().Be(0, await curl.StandardError.ReadToEndAsync());
        lines[^1].Should().Be("200");
        TranslateResponse.Parser.ParseJson(string.Join('\n', lines[..^1])).Matches.Should().NotBeEmpty();
    }

    private async Task<T> GetAsync<T>(string path, MessageParser<T> parser)
        where T : IMessage<T>
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return parser.ParseJson(text);
    }
}
