using System.Buffers.Binary;
using System.Net;
using Google.Protobuf;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Client.Internal;

/// <summary>The request body: each message length-prefixed, flushed as it is produced, then end of stream.</summary>
internal sealed class RequestMessagesContent<T> : HttpContent
    where T : IMessage<T>
{
    private readonly IAsyncEnumerable<T> _messages;
    private readonly bool _gzip;

    public RequestMessagesContent(IAsyncEnumerable<T> messages, bool gzip)
    {
        _messages = messages;
        _gzip = gzip;
        Headers.TryAddWithoutValidation("content-type", GrpcProtocol.ContentType);
        if (gzip)
        {
            Headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.Gzip);
        }
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var prefix = new byte[GrpcProtocol.MessagePrefixLength];
        await foreach (var message in _messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var payload = message.ToByteArray();
            if (_gzip)
            {
                payload = MessageCompression.Compress(payload);
            }

            prefix[0] = _gzip ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteUInt32BigEndian(prefix.AsSpan(1), (uint)payload.Length);
            await stream.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
