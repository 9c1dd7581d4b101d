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

/// <summary>A method of the service descriptor that the service class does not implement.</summary>
internal sealed class UnimplementedServerMethod(MethodDescriptor descriptor) : ServerMethod(descriptor)
{
    public override Task InvokeAsync(GrpcServerCall call) =>
        throw new RpcException(StatusCode.Unimplemented, $"Method {GrpcProtocolPath(Descriptor)} is not implemented by this server.");

    private static string GrpcProtocolPath(MethodDescriptor method) => Protocol.GrpcProtocol.MethodPath(method);
}

internal sealed class RequestStreamReader<T>(GrpcServerCall call, MessageParser<T> parser) : IAsyncStreamReader<T>
    where T : class, IMessage<T>
{
    private T? _current;

    public T Current => _current ?? throw new InvalidOperationException("MoveNext has not returned true.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        _current = await call.ReadMessageAsync(parser, cancellationToken).ConfigureAwait(false);
        return _current is not null;
    }
}

internal sealed class ResponseStreamWriter<T>(GrpcServerCall call) : IServerStreamWriter<T>
    where T : class, IMessage<T>
{
    public Task WriteAsync(T message, CancellationToken cancellationToken = default) =>
        call.WriteMessageAsync(message, flush: true, cancellationToken);
}
