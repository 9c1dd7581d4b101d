using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>A bidirectional RPC: streams both ways.</summary>
internal sealed class DuplexServerMethod<TRequest, TResponse>(
    MethodDescriptor descriptor,
    Func<IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = (MessageParser<TRequest>)descriptor.InputType.Parser;

    public override Task InvokeAsync(GrpcServerCall call) =>
        handler(new RequestStreamReader<TRequest>(call, _parser), new ResponseStreamWriter<TResponse>(call), call.Context);
}
