using System.Text.Json;
using ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

namespace ToekomstZorg.Semantics.Grpc.Tests.Interop;

/// <summary>Runs the python grpcio client once against the echo server; each test checks one scenario.</summary>
public sealed class PythonClientRun : IAsyncLifetime
{
    public EchoServer Server { get; } = new();

    public IReadOnlyDictionary<string, JsonElement> Results { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Results = await Task.Run(() => PythonGrpc.RunEchoClient(Server.Address));
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}

public sealed class PythonClientInteropTests(PythonClientRun run) : IClassFixture<PythonClientRun>
{
    private JsonElement Scenario(string name)
    {
        run.Results.Should().ContainKey(name, "the python client reports every scenario");
        return run.Results[name];
    }

    private string Code(string name) => Scenario(name).GetProperty("code").GetString()!;

    private string Text(string name, string property = "text") => Scenario(name).GetProperty(property).GetString()!;

    private string[] Strings(string name, string property) =>
        Scenario(name).GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Unary_PythonClient_GetsTheEchoWithUtf8Intact()
    {
        Code("unary").Should().Be("OK");
        Text("unary").Should().Be("hallo wereld ü");
    }

    [Fact]
    public void ServerStreaming_PythonClient_ReceivesEveryMessageInOrder() =>
        Strings("server_stream", "texts").Should().Equal("r0", "r1", "r2");

    [Fact]
    public void ClientStreaming_PythonClient_AllRequestsArrive()
    {
        Text("client_stream").Should().Be("a,b,c");
        Scenario("client_stream").GetProperty("index").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Bidirectional_PythonClient_EachRequestEchoed() =>
        Strings("bidi", "texts").Should().Equal("x", "y");

    [Fact]
    public async Task Deadline_ExpiresWhileHandlerWaits_DeadlineExceededPromptlyAndHandlerCancelled()
    {
        Code("deadline").Should().Be("DEADLINE_EXCEEDED");
        Scenario("deadline").GetProperty("seconds").GetDouble().Should().BeLessThan(3);
        await WaitFor(() => run.Server.Echo.CancelledSlowCalls.Contains("deadline"));
    }

    [Fact]
    public async Task Cancel_ByPythonClient_HandlerObservesCancellation()
    {
        Code("cancel").Should().Be("CANCELLED");
        await WaitFor(() => run.Server.Echo.CancelledSlowCalls.Contains("cancel"));
    }

    [Fact]
    public void MessageOverTheLimit_ResourceExhaustedNamingTheSizes()
    {
        Code("too_large").Should().Be("RESOURCE_EXHAUSTED");
        Text("too_large", "details").Should().Contain("larger than max");
    }

    [Fact]
    public void Gzip_CompressedRequest_DecodedAndAnsweredCompressed()
    {
        Code("gzip").Should().Be("OK");
        Scenario("gzip").GetProperty("same").GetBoolean().Should().BeTrue();
        Strings("gzip", "headers").Should().Contain("grpc-encoding=gzip");
    }

    [Theory]
    [InlineData("unknown_method")]
    [InlineData("unknown_service")]
    [InlineData("unimplemented_rpc")]
    public void UnknownOrUnimplementedMethod_Unimplemented(string scenario) =>
        Code(scenario).Should().Be("UNIMPLEMENTED");

    [Fact]
    public void Metadata_TextAndBinary_RoundTripBothWays()
    {
        Strings("metadata", "seen").Should().Equal("x-tz-data-bin=0001FE", "x-tz-test=v1");
        Text("metadata", "reply_header").Should().Be("reply-header");
        Text("metadata", "trailer").Should().Be("trailer-value");
        Scenario("metadata").GetProperty("trailer_bin").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(0, 1, 2, 255);
    }

    [Fact]
    public void HandlerStatus_NonAsciiDetail_PercentEncodedAndDecodedByPython()
    {
        Code("status").Should().Be("NOT_FOUND");
        Text("status", "details").Should().Be("niet gevonden: zorgcoördinatie 100%");
    }

    [Fact]
    public void HandlerException_InternalWithoutLeakingItsMessage()
    {
        Code("exception").Should().Be("INTERNAL");
        Text("exception", "details").Should().NotContain("secret-content").And.NotContain("dubbeldiagnose");
    }

    [Fact]
    public void BearerToken_MissingIsUnauthenticated_ValidIsServed()
    {
        Code("unauthenticated").Should().Be("UNAUTHENTICATED");
        Text("authenticated").Should().Be("pong b");
    }

    [Fact]
    public void Health_CheckAndWatch_AnswerStatuses()
    {
        Text("health_server", "status").Should().Be("SERVING");
        Code("health_unknown").Should().Be("NOT_FOUND");
        Text("health_watch", "status").Should().Be("SERVING");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v1alpha")]
    public void Reflection_ListsServicesAndReturnsDescriptors(string version)
    {
        var name = "reflection_" + version;
        Code(name).Should().Be("OK");
        Strings(name, "services").Should().Contain(["tz.test.echo.Echo", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"]);
        Text(name, "file").Should().Be("echo.proto");
        Strings(name, "methods").Should().Contain(["Unary", "ServerStream", "ClientStream", "Bidi"]);
        Scenario(name).GetProperty("by_name").GetInt32().Should().BeGreaterThan(0);
        Scenario(name).GetProperty("missing").GetInt32().Should().Be((int)StatusCode.NotFound);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        condition().Should().BeTrue();
    }
}
