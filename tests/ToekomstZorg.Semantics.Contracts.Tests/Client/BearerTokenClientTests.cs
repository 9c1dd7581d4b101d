using Grpc.Core;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.Tests.Support;
using ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Contracts.Tests.Client;

/// <summary>The generated clients (Grpc.Net.Client) against a server that requires a bearer token for both services (Tzsem:BearerTokens).</summary>
public sealed class BearerTokenClientTests : IAsyncLifetime
{
    private const string Token = "geheim-token";

    private readonly RunningTerminologyServer _server = new(new Dictionary<string, string?>
    {
        [$"Tzsem:BearerTokens:{TerminologyService.Descriptor.FullName}"] = Token,
        [$"Tzsem:BearerTokens:{FhirTranslationService.Descriptor.FullName}"] = Token,
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task LookupAsync_WithoutToken_ThrowsUnauthenticated()
    {
        using var connection = _server.Connect();

        var act = async () => await new TerminologyService.TerminologyServiceClient(connection).LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" });

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task LookupAsync_TokenInCallMetadata_IsServed()
    {
        using var connection = _server.Connect();
        var headers = new Metadata { { "authorization", $"Bearer {Token}" } };

        var response = await new TerminologyService.TerminologyServiceClient(connection).LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" }, headers);

        response.Concept.Code.Should().Be("dubbeldiagnose");
    }

    [Fact]
    public async Task LookupAsync_WrongTokenInCallMetadata_ThrowsUnauthenticated()
    {
        using var connection = _server.Connect();
        var headers = new Metadata { { "authorization", "Bearer fout" } };

        var act = async () => await new TerminologyService.TerminologyServiceClient(connection).LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" }, headers);

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task TranslateCarePlanAsync_TokenOnTheConnection_TranslatesTheCoding()
    {
        using var connection = _server.Connect(Token);
        const string carePlan = """
            {"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/voorbeeld"},
             "category":[{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"dubbeldiagnose"}]}]}
            """;

        var response = await new FhirTranslationService.FhirTranslationServiceClient(connection).TranslateCarePlanAsync(
            new FhirTranslateRequest { ResourceJson = carePlan, TargetSystem = "kern", Mode = TranslationMode.Add });

        response.Codings.Should().ContainSingle().Which.Should().Match<CodingReport>(c => c.SourceCode == "dubbeldiagnose" && c.TargetSystem == "https://w3id.org/toekomstzorg/kern");
        response.ResourceJson.Should().Contain("https://w3id.org/toekomstzorg/kern");
    }
}
