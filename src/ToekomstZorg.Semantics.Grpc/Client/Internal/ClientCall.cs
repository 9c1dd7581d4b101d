using System.Buffers.Binary;
using System.Globalization;
using System.Net.Http.Headers;
using Google.Protobuf;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Client.Internal;

/// <summary>The client side of one call: the HTTP/2 response, its message stream and its status.</summary>
internal sealed class ClientCall(CancellationTokenSource cancellation, CancellationToken callerToken, int maxReceiveMessageSize) : IAsyncDisposable
{
    private HttpResponseMessage? _response;
    private Stream? _body;
    private bool _gzip;
    private RpcException? _trailersOnlyStatus;

    public async Task SendAsync(HttpClient http, HttpRequestMessage request)
    {
        try
        {
            _response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException)
        {
            throw Failure(e);
        }

        if (!_response.IsSuccessStatusCode)
        {
            throw new RpcException(HttpStatusToGrpc((int)_response.StatusCode), $"HTTP status {(int)_response.StatusCode} from the server.");
        }

        if (StatusFrom(_response.Headers) is { } status)
        {
            // Trailers-Only: the status came with the headers; there is no body.
            _trailersOnlyStatus = status;
            if (status.StatusCode != StatusCode.OK)
            {
                throw status;
            }

            return;
        }

        _gzip = _response.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var encodings) && encodings.Contains(GrpcProtocol.Gzip);
        _body = await _response.Content.ReadAsStreamAsync(cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>The next response message, or null at the end of the stream.</summary>
    public async Task<T?> ReadAsync<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        if (_body is null)
        {
            return default;
        }

        try
        {
            var prefix = new byte[GrpcProtocol.MessagePrefixLength];
            var first = await _body.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellation.Token).ConfigureAwait(false);
            if (first == 0)
            {
                return default;
            }

            if (first < prefix.Length)
            {
                throw new RpcException(StatusCode.Internal, "The response ended inside a message prefix.");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(prefix.AsSpan(1));
            if (length > (uint)maxReceiveMessageSize)
            {
                throw new RpcException(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {maxReceiveMessageSize}).");
            }

            var payload = new byte[length];
            await _body.ReadExactlyAsync(payload, cancellation.Token).ConfigureAwait(false);
            if (prefix[0] == 1)
            {
                payload = (_gzip ? MessageCompression.Decompress(new System.Buffers.ReadOnlySequence<byte>(payload), maxReceiveMessageSize) : null)
                    ?? throw new RpcException(StatusCode.Internal, "A compressed response message could not be decompressed.");
            }

            return parser.ParseFrom(payload);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            throw Failure(e);
        }
    }

    /// <summary>Reads to the end and throws the call's status unless it is OK.</summary>
    public async Task ReadStatusAsync<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        while (await ReadAsync(parser).ConfigureAwait(false) is not null)
        {
        }

        var status = _trailersOnlyStatus ?? (_response is null ? null : StatusFrom(_response.TrailingHeaders))
            ?? throw new RpcException(StatusCode.Internal, "The server ended the call without grpc-status.");
        if (status is { StatusCode: not StatusCode.OK })
        {
            throw status;
        }
    }

    private RpcException Failure(Exception e)
    {
        if (e is RpcException rpc)
        {
            return rpc;
        }

        if (cancellation.IsCancellationRequested)
        {
            // The linked source fires for the caller's token or for the deadline timer.
            return callerToken.IsCancellationRequested
                ? new RpcException(StatusCode.Cancelled, "The call was cancelled.")
                : new RpcException(StatusCode.DeadlineExceeded, "Deadline exceeded.");
        }

        return _response is not null && StatusFrom(_response.TrailingHeaders) is { } status
            ? status
            : new RpcException(StatusCode.Unavailable, $"The call failed: {Describe(e)}");
    }

    // HttpClient's own messages often end in "see inner exception" (TLS, proxies): the status detail carries the
    // whole chain instead, so a caller who only sees the status still learns why the connection failed.
    private static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            var message = current.Message.Replace(", see inner exception.", string.Empty, StringComparison.Ordinal);
            if (message.Length > 0 && !parts.Any(p => p.Contains(message, StringComparison.Ordinal)))
            {
                parts.Add(message);
            }
        }

        return string.Join(": ", parts);
    }

    private static RpcException? StatusFrom(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcProtocol.StatusHeader, out var values))
        {
            return null;
        }

        var code = int.TryParse(values.First(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? (StatusCode)parsed : StatusCode.Unknown;
        var message = headers.TryGetValues(GrpcProtocol.MessageHeader, out var messages) ? GrpcMessageEncoding.Decode(messages.First()) : string.Empty;
        var trailers = new Metadata();
        foreach (var (key, entries) in headers)
        {
            if (!key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase) && !key.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var entry in entries)
                {
                    trailers.AddRaw(key.ToLowerInvariant(), entry);
                }
            }
        }

        return new RpcException(code, message, trailers);
    }

    // PROTOCOL-HTTP2.md / http-grpc-status-mapping.md: HTTP status of a non-gRPC answer → gRPC status.
    private static StatusCode HttpStatusToGrpc(int status) => status switch
    {
        400 => StatusCode.Internal,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.Unimplemented,
        429 or 502 or 503 or 504 => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    public async ValueTask DisposeAsync()
    {
        if (_body is not null)
        {
            await _body.DisposeAsync().ConfigureAwait(false);
        }

        _response?.Dispose();
        cancellation.Dispose();
    }
}
