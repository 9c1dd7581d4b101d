using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>A bearer token configured for one service (Tzsem:BearerTokens): python3-grpcio without it is UNAUTHENTICATED, with it served; other services stay open.</summary>
public sealed class BearerTokenInteropTests : IAsyncLifetime
{
    private readonly FunctionalServer _server = new(new Dictionary<string, string?>
    {
        [$"Tzsem:BearerTokens:{Services.FhirTranslation}"] = "geheim-token",
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task ProtectedService_WithoutAndWithToken_IsUnauthenticatedThenServed()
    {
        const string request = """{"resource_json":"{\"resourceType\":\"CarePlan\"}","target_system":"x"}""";

        var without = await PythonGrpc.RunAsync(_server.GrpcTarget, "unary", Services.FhirTranslation, "TranslateCarePlan", request);
        var wrong = await PythonGrpc.RunAsync(_server.GrpcTarget, "unary", Services.FhirTranslation, "TranslateCarePlan", request, "--metadata", "authorization=Bearer fout");
        var with = await PythonGrpc.RunAsync(_server.GrpcTarget, "unary", Services.FhirTranslation, "TranslateCarePlan", request, "--metadata", "authorization=Bearer geheim-token");
        var open = await PythonGrpc.RunAsync(_server.GrpcTarget, "unary", Services.Terminology, "ListSchemes", "{}");

        without.Status.Should().Be("UNAUTHENTICATED");
        wrong.Status.Should().Be("UNAUTHENTICATED");
        with.Status.Should().Be("NOT_FOUND", "past the token check the call is served (and the target 'x' is not a scheme)");
        open.Status.Should().Be("OK");
    }
}
