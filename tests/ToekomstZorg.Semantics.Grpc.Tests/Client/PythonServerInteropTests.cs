using System.Diagnostics;
using ToekomstZorg.Semantics.Grpc.Client;
using ToekomstZorg.Semantics.Grpc.Tests.Echo;
using ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

namespace ToekomstZorg.Semantics.Grpc.Tests.Client;

/// <summary>A python grpcio server, started for the tests, answers the project's .NET client.</summary>
public sealed class PythonEchoServer : IDisposable
{
    private readonly Process _process;

    public PythonEchoServer()
    {
        (_process, var port) = PythonGrpc.StartEchoServer();
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

public sealed class PythonServerInteropTests(PythonEchoServer python) : IClassFixture<PythonEchoServer>
{
    [Fact]
    public async Task UnaryAsync_AgainstPythonServer_ReturnsItsAnswer()
    {
        using var client = new GrpcClient(python.Address);
        var reply = await client.UnaryAsync("/tz.test.echo.Echo/Unary", new EchoRequest { Text = "vraagverheldering" }, EchoReply.Parser);
        reply.Text.Should().Be("py:vraagverheldering");
    }

    [Fact]
    public async Task ServerStreamingAsync_AgainstPythonServer_ReceivesEveryMessage()
    {
        using var client = new GrpcClient(python.Address);
        var replies = await client.ServerStreamingAsync("/tz.test.echo.Echo/ServerStream", new EchoRequest { Count = 4 }, EchoReply.Parser).ToListAsync();
        replies.Select(r => r.Text).Should().Equal("py0", "py1", "py2", "py3");
    }

    [Fact]
    public async Task UnaryAsync_PythonServerAborts_StatusAndUtf8DetailArrive()
    {
        using var client = new GrpcClient(python.Address);
        var call = () => client.UnaryAsync("/tz.test.echo.Echo/Fail", new EchoRequest(), EchoReply.Parser);
        var error = (await call.Should().ThrowAsync<RpcException>()).Which;
        error.StatusCode.Should().Be(StatusCode.NotFound);
        error.Detail.Should().Be("python zegt: niet gevonden ü");
    }

    [Fact]
    public async Task UnaryAsync_PythonServerLacksMethod_Unimplemented()
    {
        using var client = new GrpcClient(python.Address);
        var call = () => client.UnaryAsync("/tz.test.echo.Echo/Bidi", new EchoRequest(), EchoReply.Parser);
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unimplemented);
    }
}
