using Google.Protobuf;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

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
