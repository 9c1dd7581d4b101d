using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>A client-streaming RPC: a stream of requests, one response.</summary>
internal sealed class ClientStreamingServerMethod<TRequest, TResponse>(
    MethodDescriptor descriptor, Func<IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = (MessageParser<TRequest>)descriptor.InputType.Parser;

    public override async Task InvokeAsync(GrpcServerCall call)
    {
        var response = await handler(new RequestStreamReader<TRequest>(call, _parser), call.Context).ConfigureAwait(false);
        await call.WriteMessageAsync(response, flush: false).ConfigureAwait(false);
    }
}
