using ToekomstZorg.Semantics.Grpc.Server;
using ToekomstZorg.Semantics.Grpc.Tests.Echo;

namespace ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

/// <summary>The test service: each RPC of echo.proto except Missing, which stays unimplemented on purpose.</summary>
public sealed class EchoService
{
    /// <summary>The texts of the Slow calls whose handler saw its CancellationToken fire.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> CancelledSlowCalls { get; } = new();

    public Task<EchoReply> Unary(EchoRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoReply
        {
            Text = request.Text,
            Payload = request.Payload,
            Headers = { "grpc-encoding=" + context.GetHttpContext().Request.Headers["grpc-encoding"] },
        });

    public async Task ServerStream(EchoRequest request, IServerStreamWriter<EchoReply> responses, ServerCallContext context)
    {
        for (var i = 0; i < request.Count; i++)
        {
            await responses.WriteAsync(new EchoReply { Text = $"{request.Text}{i}", Index = i });
            if (request.DelayMs > 0)
            {
                await Task.Delay(request.DelayMs, context.CancellationToken);
            }
        }
    }

    public async Task<EchoReply> ClientStream(IAsyncStreamReader<EchoRequest> requests, ServerCallContext context)
    {
        var texts = new List<string>();
        await foreach (var request in requests.ReadAllAsync(context.CancellationToken))
        {
            texts.Add(request.Text);
        }

        return new EchoReply { Text = string.Join(",", texts), Index = texts.Count };
    }

    public async Task Bidi(IAsyncStreamReader<EchoRequest> requests, IServerStreamWriter<EchoReply> responses, ServerCallContext context)
    {
        var index = 0;
        while (await requests.MoveNext(context.CancellationToken))
        {
            await responses.WriteAsync(new EchoReply { Text = requests.Current.Text, Index = index++ });
        }
    }

    public async Task<EchoReply> Slow(EchoRequest request, ServerCallContext context)
    {
        try
        {
            await Task.Delay(request.DelayMs, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            CancelledSlowCalls.Enqueue(request.Text);
            throw;
        }

        return new EchoReply { Text = request.Text };
    }

    public Task<EchoReply> Fail(EchoRequest request, ServerCallContext context) =>
        request.Status == 0
            ? throw new InvalidOperationException("secret-content " + request.Text)
            : throw new RpcException((StatusCode)request.Status, request.Text);

    public async Task<EchoReply> Headers(EchoRequest request, ServerCallContext context)
    {
        await context.WriteResponseHeadersAsync(new Metadata().Add("x-tz-reply", "reply-header"));
        context.ResponseTrailers.Add("x-tz-trailer", "trailer-value");
        context.ResponseTrailers.Add("x-tz-trailer-bin", [0, 1, 2, 255]);
        var reply = new EchoReply();
        foreach (var entry in context.RequestHeaders.Where(e => e.Key.StartsWith("x-tz-", StringComparison.Ordinal)))
        {
            reply.Headers.Add(entry.IsBinary ? $"{entry.Key}={Convert.ToHexString(entry.ValueBytes)}" : $"{entry.Key}={entry.Value}");
        }

        return reply;
    }
}
