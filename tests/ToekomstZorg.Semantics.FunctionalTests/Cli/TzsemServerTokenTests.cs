using ToekomstZorg.Semantics.FunctionalTests.Support;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.FunctionalTests.Cli;

/// <summary><c>tzsem lookup --server URL --token TOKEN</c> against a server that requires a bearer token for the terminology service.</summary>
public sealed class TzsemServerTokenTests : IAsyncLifetime
{
    private const string Token = "geheim-token";

    private readonly FunctionalServer _server = new(new Dictionary<string, string?>
    {
        [$"Tzsem:BearerTokens:{Services.Terminology}"] = Token,
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public void Lookup_WithoutToken_Exit1Unauthenticated()
    {
        var (exit, _, stderr) = Tzsem("lookup", "ggz", "dubbeldiagnose", "--server", _server.Endpoints.Grpc.ToString());

        exit.Should().Be(1);
        stderr.Should().StartWith("tzsem: UNAUTHENTICATED: ");
    }

    [Fact]
    public void Lookup_WithToken_PrintsTheConcept()
    {
        var (exit, stdout, stderr) = Tzsem("lookup", "ggz", "dubbeldiagnose", "--server", _server.Endpoints.Grpc.ToString(), "--token", Token);

        exit.Should().Be(0, stderr);
        stdout.Should().StartWith("ggz:dubbeldiagnose  dubbeldiagnose\n");
    }
}
