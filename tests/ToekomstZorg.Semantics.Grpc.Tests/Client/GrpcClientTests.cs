using System.Diagnostics;
using System.Net;
using ToekomstZorg.Semantics.Grpc.Client;
using ToekomstZorg.Semantics.Grpc.Tests.Echo;
using ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

namespace ToekomstZorg.Semantics.Grpc.Tests.Client;

/// <summary>The project's .NET client against the project's server, every call shape and failure.</summary>
public sealed class GrpcClientTests(EchoServer server) : IClassFixture<EchoServer>
{
    private const string Echo = "/tz.test.echo.Echo/";

    private GrpcClient NewClient() => new(server.Address);

    [Fact]
    public async Task UnaryAsync_Echo_ReturnsTheResponse()
    {
        using var client = NewClient();
        var reply = await client.UnaryAsync(Echo + "Unary", new EchoRequest { Text = "zorgplan" }, EchoReply.Parser);
        reply.Text.Should().Be("zorgplan");
    }

    [Fact]
    public async Task ServerStreamingAsync_ThreeMessages_AllInOrder()
    {
        using var client = NewClient();
        var replies = await client.ServerStreamingAsync(Echo + "ServerStream", new EchoRequest { Text = "m", Count = 3 }, EchoReply.Parser).ToListAsync();
        replies.Select(r => r.Text).Should().Equal("m0", "m1", "m2");
    }

    [Fact]
    public async Task ServerStreamingAsync_ZeroMessages_EndsCleanly()
    {
        using var client = NewClient();
        var replies = await client.ServerStreamingAsync(Echo + "ServerStream", new EchoRequest { Count = 0 }, EchoReply.Parser).ToListAsync();
        replies.Should().BeEmpty();
    }

    [Fact]
    public async Task ClientStreamingAsync_ManyRequests_OneResponse()
    {
        using var client = NewClient();
        var reply = await client.ClientStreamingAsync(Echo + "ClientStream", Requests("a", "b", "c", "d"), EchoReply.Parser);
        reply.Text.Should().Be("a,b,c,d");
    }

    [Fact]
    public async Task DuplexStreamingAsync_EachRequest_Echoed()
    {
        using var client = NewClient();
        var replies = await client.DuplexStreamingAsync(Echo + "Bidi", Requests("p", "q"), EchoReply.Parser).ToListAsync();
        replies.Select(r => r.Text).Should().Equal("p", "q");
    }

    [Fact]
    public async Task UnaryAsync_Gzip_PayloadSurvivesBothWays()
    {
        using var client = NewClient();
        var payload = Google.Protobuf.ByteString.CopyFromUtf8(string.Concat(Enumerable.Repeat("hulpplan ", 10_000)));
        var reply = await client.UnaryAsync(Echo + "Unary", new EchoRequest { Payload = payload }, EchoReply.Parser, new CallOptions { Gzip = true });
        reply.Payload.Should().Equal(payload);
        reply.Headers.Should().Contain("grpc-encoding=gzip");
    }

    [Fact]
    public async Task UnaryAsync_DeadlineShorterThanHandler_DeadlineExceeded()
    {
        using var client = NewClient();
        var watch = Stopwatch.StartNew();
        var call = () => client.UnaryAsync(Echo + "Slow", new EchoRequest { Text = "net-deadline", DelayMs = 10_000 }, EchoReply.Parser, new CallOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.DeadlineExceeded);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task UnaryAsync_CallerCancels_CancelledAndHandlerSeesIt()
    {
        using var client = NewClient();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var call = () => client.UnaryAsync(Echo + "Slow", new EchoRequest { Text = "net-cancel", DelayMs = 10_000 }, EchoReply.Parser, new CallOptions { CancellationToken = cancellation.Token });
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Cancelled);
        for (var i = 0; i < 100 && !server.Echo.CancelledSlowCalls.Contains("net-cancel"); i++)
        {
            await Task.Delay(50);
        }

        server.Echo.CancelledSlowCalls.Should().Contain("net-cancel");
    }

    [Fact]
    public async Task UnaryAsync_HandlerThrowsRpcException_StatusAndDetailArrive()
    {
        using var client = NewClient();
        var call = () => client.UnaryAsync(Echo + "Fail", new EchoRequest { Status = (int)StatusCode.InvalidArgument, Text = "veld 'code' ontbreekt — ü" }, EchoReply.Parser);
        var error = (await call.Should().ThrowAsync<RpcException>()).Which;
        error.StatusCode.Should().Be(StatusCode.InvalidArgument);
        error.Detail.Should().Be("veld 'code' ontbreekt — ü");
    }

    [Fact]
    public async Task UnaryAsync_UnknownMethod_Unimplemented()
    {
        using var client = NewClient();
        var call = () => client.UnaryAsync(Echo + "Nope", new EchoRequest(), EchoReply.Parser);
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unimplemented);
    }

    [Fact]
    public async Task UnaryAsync_TlsToACleartextPort_UnavailableSayingWhyTheConnectionFailed()
    {
        using var client = new GrpcClient(new UriBuilder(server.Address) { Scheme = Uri.UriSchemeHttps }.Uri);

        var call = () => client.UnaryAsync(Echo + "Unary", new EchoRequest(), EchoReply.Parser);

        var thrown = (await call.Should().ThrowAsync<RpcException>()).Which;
        thrown.StatusCode.Should().Be(StatusCode.Unavailable);
        thrown.Detail.Should().StartWith("The call failed: The SSL connection could not be established: ")
            .And.NotContain("inner exception", "the inner exception's message is in the detail itself");
    }

    [Fact]
    public async Task UnaryAsync_MessageOverServerLimit_ResourceExhausted()
    {
        using var client = NewClient();
        var big = new EchoRequest { Payload = Google.Protobuf.ByteString.CopyFrom(new byte[2 * 1024 * 1024]) };
        var call = () => client.UnaryAsync(Echo + "Unary", big, EchoReply.Parser);
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.ResourceExhausted);
    }

    [Fact]
    public async Task UnaryAsync_GzipBombOverServerLimit_ResourceExhausted()
    {
        using var client = NewClient();
        // 8 MiB of zeros compresses to a few KB: the limit applies to the decompressed size.
        var bomb = new EchoRequest { Payload = Google.Protobuf.ByteString.CopyFrom(new byte[8 * 1024 * 1024]) };
        var call = () => client.UnaryAsync(Echo + "Unary", bomb, EchoReply.Parser, new CallOptions { Gzip = true });
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.ResourceExhausted);
    }

    [Fact]
    public async Task UnaryAsync_Metadata_SentAndTrailersReceivedOnError()
    {
        using var client = NewClient();
        var reply = await client.UnaryAsync(Echo + "Headers", new EchoRequest(), EchoReply.Parser, new CallOptions { Headers = new Metadata().Add("x-tz-case", "42").Add("x-tz-raw-bin", [7, 8]) });
        reply.Headers.Should().Contain(["x-tz-case=42", "x-tz-raw-bin=0708"]);
    }

    [Fact]
    public async Task BearerToken_WrongOrRight_UnauthenticatedOrServed()
    {
        using var client = NewClient();
        client.BearerToken = "wrong";
        var call = () => client.UnaryAsync("/tz.test.echo.Secured/Ping", new EchoRequest { Text = "x" }, EchoReply.Parser);
        (await call.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unauthenticated);
        client.BearerToken = EchoServer.SecuredToken;
        (await client.UnaryAsync("/tz.test.echo.Secured/Ping", new EchoRequest { Text = "y" }, EchoReply.Parser)).Text.Should().Be("pong y");
    }

    [Fact]
    public async Task ConcurrentCalls_OnOneConnection_AllAnswered()
    {
        using var client = NewClient();
        var calls = Enumerable.Range(0, 200).Select(i => client.UnaryAsync(Echo + "Unary", new EchoRequest { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, EchoReply.Parser));
        var replies = await Task.WhenAll(calls);
        replies.Select(r => r.Text).Should().Equal(Enumerable.Range(0, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Http11Caller_GetsAClearErrorNotAHang()
    {
        using var http = new HttpClient { BaseAddress = server.Http1Address };
        using var content = new ByteArrayContent([0, 0, 0, 0, 0]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");
        using var response = await http.PostAsync("/tz.test.echo.Echo/Unary", content);
        response.StatusCode.Should().Be(HttpStatusCode.UpgradeRequired);
        (await response.Content.ReadAsStringAsync()).Should().Contain("HTTP/2");
    }

    [Fact]
    public async Task WrongContentType_OnGrpcPath_UnsupportedMediaType()
    {
        using var http = new HttpClient { BaseAddress = server.Address, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/tz.test.echo.Echo/Unary", content);
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private static async IAsyncEnumerable<EchoRequest> Requests(params string[] texts)
    {
        foreach (var text in texts)
        {
            await Task.Yield();
            yield return new EchoRequest { Text = text };
        }
    }
}
