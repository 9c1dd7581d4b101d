using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>A server-streaming RPC: one request, a stream of responses.</summary>
internal sealed class ServerStreamingServerMethod<TRequest, TResponse>(
    MethodDescriptor descriptor, Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = (MessageParser<TRequest>)descriptor.InputType.Parser;

    public override async Task InvokeAsync(GrpcServerCall call)
    {
        var request = await call.ReadSingleMessageAsync(_parser).ConfigureAwait(false);
        await handler(request, new ResponseStreamWriter<TResponse>(call), call.Context).ConfigureAwait(false);
    }
}
