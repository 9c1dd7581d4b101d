using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>A unary RPC: one request, one response.</summary>
internal sealed class UnaryServerMethod<TRequest, TResponse>(
    MethodDescriptor descriptor, Func<TRequest, ServerCallContext, Task<TResponse>> handler)
    : ServerMethod(descriptor)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MessageParser<TRequest> _parser = (MessageParser<TRequest>)descriptor.InputType.Parser;

    public override async Task InvokeAsync(GrpcServerCall call)
    {
        var request = await call.ReadSingleMessageAsync(_parser).ConfigureAwait(false);
        var response = await handler(request, call.Context).ConfigureAwait(false);
        await call.WriteMessageAsync(response, flush: false).ConfigureAwait(false);
    }
}
