using Google.Protobuf;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

internal sealed class ResponseStreamWriter<T>(GrpcServerCall call) : IServerStreamWriter<T>
    where T : class, IMessage<T>
{
    public Task WriteAsync(T message, CancellationToken cancellationToken = default) =>
        call.WriteMessageAsync(message, flush: true, cancellationToken);
}
