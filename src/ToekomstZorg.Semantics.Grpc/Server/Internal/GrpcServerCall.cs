using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Pipelines;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Primitives;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>
/// The server side of one call on one HTTP/2 stream (PROTOCOL-HTTP2.md): reads length-prefixed request messages,
/// writes response headers, messages and the status trailers, and owns the call's deadline and cancellation.
/// All response writes go through one lock, so a deadline that fires mid-write cannot interleave with it.
/// </summary>
internal sealed class GrpcServerCall : IDisposable
{
    private readonly GrpcServerOptions _options;
    private readonly CancellationTokenSource _cancellation;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private Metadata? _pendingResponseHeaders;
    private bool _responseStarted;
    private bool _finished;
    private StatusCode _finishedStatus;

    public GrpcServerCall(HttpContext httpContext, GrpcServerOptions options, string methodPath)
    {
        HttpContext = httpContext;
        _options = options;
        MethodPath = methodPath;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        Context = new ServerCallContext(this);
    }

    public HttpContext HttpContext { get; }

    public string MethodPath { get; }

    public ServerCallContext Context { get; }

    public DateTime Deadline { get; private set; } = DateTime.MaxValue;

    public bool HasDeadline => Deadline != DateTime.MaxValue;

    public CancellationToken CancellationToken => _cancellation.Token;

    public bool RequestGzip { get; private set; }

    public bool ResponseGzip { get; private set; }

    /// <summary>True when the caller went away (RST_STREAM, connection closed).</summary>
    public bool IsAborted => HttpContext.RequestAborted.IsCancellationRequested;

    public string Peer
    {
        get
        {
            var connection = HttpContext.Connection;
            var address = connection.RemoteIpAddress;
            if (address is null)
            {
                return "unknown";
            }

            var family = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "ipv6" : "ipv4";
            var host = family == "ipv6" ? $"[{address}]" : address.ToString();
            return $"{family}:{host}:{connection.RemotePort.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>
    /// Reads the call's headers: deadline and message encodings. Throws <see cref="RpcException"/> for a
    /// malformed <c>grpc-timeout</c> or an encoding this layer does not implement.
    /// </summary>
    public void Start()
    {
        var headers = HttpContext.Request.Headers;
        var timeout = headers[GrpcProtocol.TimeoutHeader];
        if (!StringValues.IsNullOrEmpty(timeout))
        {
            if (!GrpcTimeout.TryParse(timeout.ToString(), out var span))
            {
                throw new RpcException(StatusCode.InvalidArgument, $"Malformed grpc-timeout header '{timeout}'.");
            }

            Deadline = DateTime.UtcNow + span;
            _cancellation.CancelAfter(span);
        }

        var encoding = headers[GrpcProtocol.EncodingHeader].ToString();
        if (encoding.Length > 0 && encoding != GrpcProtocol.Identity)
        {
            if (encoding != GrpcProtocol.Gzip)
            {
                throw new RpcException(
                    StatusCode.Unimplemented,
                    $"Message encoding '{encoding}' is not supported; supported: {GrpcProtocol.SupportedEncodings}.");
            }

            RequestGzip = true;
        }

        if (RequestGzip && _options.CompressResponsesLikeRequests)
        {
            var accepted = headers[GrpcProtocol.AcceptEncodingHeader].ToString();
            ResponseGzip = accepted.Length == 0 || accepted.Split(',').Any(e => e.Trim() == GrpcProtocol.Gzip);
        }

        // A stream may stay open for as long as the call lives: Kestrel's request body limits do not apply.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } maxSize)
        {
            maxSize.MaxRequestBodySize = null;
        }

        if (HttpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } minRate)
        {
            minRate.MinDataRate = null;
        }
    }

    /// <summary>True once the deadline has passed and the caller is still there.</summary>
    public bool DeadlineExpired => HasDeadline && !IsAborted && _cancellation.IsCancellationRequested;

    /// <summary>Reads exactly one request message (unary and server-streaming calls).</summary>
    public async Task<T> ReadSingleMessageAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        var message = await ReadMessageAsync(parser, CancellationToken.None).ConfigureAwait(false)
            ?? throw new RpcException(StatusCode.Internal, "The request stream ended without a request message.");
        if (await ReadMessageAsync(parser, CancellationToken.None).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "More than one request message for a method that takes one.");
        }

        return message;
    }

    /// <summary>Reads the next request message, or null when the caller half-closed the stream.</summary>
    public async Task<T?> ReadMessageAsync<T>(MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CancellationToken)
            : null;
        var token = linked?.Token ?? CancellationToken;
        var reader = HttpContext.Request.BodyReader;
        while (true)
        {
            ReadResult result;
            try
            {
                result = await reader.ReadAsync(token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
            {
                throw new OperationCanceledException("The caller cancelled the call.", e, CancellationToken);
            }

            var buffer = result.Buffer;
            if (TryReadFrame(ref buffer, parser, out var message))
            {
                reader.AdvanceTo(buffer.Start);
                return message;
            }

            if (result.IsCompleted)
            {
                var incomplete = buffer.Length > 0;
                reader.AdvanceTo(buffer.End);
                return incomplete
                    ? throw new RpcException(StatusCode.Internal, "The request stream ended inside a message.")
                    : null;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    // PROTOCOL-HTTP2.md: Length-Prefixed-Message → Compressed-Flag Message-Length Message
    private bool TryReadFrame<T>(ref ReadOnlySequence<byte> buffer, MessageParser<T> parser, out T? message)
        where T : class, IMessage<T>
    {
        message = null;
        if (buffer.Length < GrpcProtocol.MessagePrefixLength)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[GrpcProtocol.MessagePrefixLength];
        buffer.Slice(0, GrpcProtocol.MessagePrefixLength).CopyTo(prefix);
        var flag = prefix[0];
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        if (length > (uint)_options.MaxReceiveMessageSize)
        {
            throw new RpcException(
                StatusCode.ResourceExhausted,
                $"Received message larger than max ({length} vs. {_options.MaxReceiveMessageSize}).");
        }

        if (buffer.Length < GrpcProtocol.MessagePrefixLength + length)
        {
            return false;
        }

        var payload = buffer.Slice(GrpcProtocol.MessagePrefixLength, length);
        buffer = buffer.Slice(payload.End);
        switch (flag)
        {
            case 0:
                message = Parse(parser, payload);
                return true;
            case 1 when RequestGzip:
                byte[]? inflated;
                try
                {
                    inflated = MessageCompression.Decompress(payload, _options.MaxReceiveMessageSize);
                }
                catch (InvalidDataException)
                {
                    throw new RpcException(StatusCode.Internal, "The gzip-compressed request message is corrupt.");
                }

                message = inflated is null
                    ? throw new RpcException(
                        StatusCode.ResourceExhausted,
                        $"Received message larger than max after decompression (limit {_options.MaxReceiveMessageSize}).")
                    : Parse(parser, new ReadOnlySequence<byte>(inflated));
                return true;
            case 1:
                throw new RpcException(StatusCode.Internal, "Compressed-Flag is set but the request has no grpc-encoding.");
            default:
                throw new RpcException(StatusCode.Internal, $"Invalid Compressed-Flag {flag} in the message prefix.");
        }
    }

    private static T Parse<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload)
        where T : class, IMessage<T>
    {
        try
        {
            return parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException)
        {
            throw new RpcException(
                StatusCode.InvalidArgument, $"The request message is not a valid {typeof(T).Name} in protobuf encoding.");
        }
    }

    public Metadata ReadRequestMetadata()
    {
        var metadata = new Metadata();
        foreach (var (key, values) in HttpContext.Request.Headers)
        {
            if (IsProtocolHeader(key))
            {
                continue;
            }

            foreach (var value in values)
            {
                metadata.AddRaw(key.ToLowerInvariant(), value ?? string.Empty);
            }
        }

        return metadata;
    }

    private static bool IsProtocolHeader(string key) =>
        key.StartsWith(':')
        || key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase)
        || key.Equals("content-type", StringComparison.OrdinalIgnoreCase)
        || key.Equals("te", StringComparison.OrdinalIgnoreCase)
        || key.Equals("host", StringComparison.OrdinalIgnoreCase)
        || key.Equals("content-length", StringComparison.OrdinalIgnoreCase);

    public async Task WriteResponseHeadersAsync(Metadata headers)
    {
        await _writeLock.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfFinished();
            if (_responseStarted)
            {
                throw new InvalidOperationException("Response headers have already been sent.");
            }

            _pendingResponseHeaders = headers;
            StartResponse();
            await HttpContext.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Writes one response message; <paramref name="flush"/> sends it at once (streaming calls).</summary>
    public async Task WriteMessageAsync(IMessage message, bool flush, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfFinished();
            var size = message.CalculateSize();
            if (_options.MaxSendMessageSize is { } max && size > max)
            {
                throw new RpcException(StatusCode.ResourceExhausted, $"Sending message larger than max ({size} vs. {max}).");
            }

            StartResponse();
            var writer = HttpContext.Response.BodyWriter;
            if (ResponseGzip)
            {
                var compressed = MessageCompression.Compress(message.ToByteArray());
                WritePrefix(writer, 1, compressed.Length);
                writer.Write(compressed);
            }
            else
            {
                var span = writer.GetSpan(GrpcProtocol.MessagePrefixLength + size);
                span[0] = 0;
                BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
                message.WriteTo(span.Slice(GrpcProtocol.MessagePrefixLength, size));
                writer.Advance(GrpcProtocol.MessagePrefixLength + size);
            }

            if (flush)
            {
                await writer.FlushAsync(CancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void WritePrefix(PipeWriter writer, byte flag, int length)
    {
        var span = writer.GetSpan(GrpcProtocol.MessagePrefixLength);
        span[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
        writer.Advance(GrpcProtocol.MessagePrefixLength);
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new RpcException(_finishedStatus == StatusCode.OK ? StatusCode.Cancelled : _finishedStatus, "The call has already ended.");
        }

        if (IsAborted)
        {
            throw new OperationCanceledException("The caller cancelled the call.", CancellationToken);
        }
    }

    private void StartResponse()
    {
        if (_responseStarted)
        {
            return;
        }

        _responseStarted = true;
        var response = HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
        if (ResponseGzip)
        {
            response.Headers[GrpcProtocol.EncodingHeader] = GrpcProtocol.Gzip;
        }

        if (_pendingResponseHeaders is { } custom)
        {
            foreach (var entry in custom)
            {
                response.Headers.Append(entry.Key, entry.Value);
            }
        }
    }

    /// <summary>
    /// Ends the call with a status: in the trailers after a response has started, else as a trailers-only response.
    /// <paramref name="completeNow"/> ends the HTTP/2 stream at once (deadline) while the handler may still run.
    /// </summary>
    public async Task FinishAsync(StatusCode status, string? detail, Metadata? trailers, bool completeNow)
    {
        await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            _finishedStatus = status;
            if (IsAborted)
            {
                return;
            }

            var response = HttpContext.Response;
            if (!_responseStarted)
            {
                // Trailers-Only → HTTP-Status Content-Type Trailers
                StartResponse();
                response.Headers[GrpcProtocol.StatusHeader] = ((int)status).ToString(CultureInfo.InvariantCulture);
                if (!string.IsNullOrEmpty(detail))
                {
                    response.Headers[GrpcProtocol.MessageHeader] = GrpcMessageEncoding.Encode(detail);
                }

                AppendAll(trailers, response.Headers.Append);
                AppendAll(Context.ResponseTrailers, response.Headers.Append);
            }
            else
            {
                response.AppendTrailer(GrpcProtocol.StatusHeader, ((int)status).ToString(CultureInfo.InvariantCulture));
                if (!string.IsNullOrEmpty(detail))
                {
                    response.AppendTrailer(GrpcProtocol.MessageHeader, GrpcMessageEncoding.Encode(detail));
                }

                AppendAll(trailers, (k, v) => response.AppendTrailer(k, v));
                AppendAll(Context.ResponseTrailers, (k, v) => response.AppendTrailer(k, v));
            }

            if (completeNow)
            {
                await response.CompleteAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void AppendAll(Metadata? metadata, Action<string, StringValues> append)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var entry in metadata)
        {
            append(entry.Key, entry.Value);
        }
    }

    public void Dispose()
    {
        _cancellation.Dispose();
        _writeLock.Dispose();
    }
}
