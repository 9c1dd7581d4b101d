using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using ToekomstZorg.Semantics.Grpc.Client.Internal;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Client;

/// <summary>
/// A small gRPC client over <see cref="HttpClient"/> (HTTP/2: h2c with prior knowledge for <c>http://</c>, ALPN for
/// <c>https://</c>). Methods are addressed by path (<see cref="GrpcProtocol.MethodPath"/>); a non-OK status is thrown
/// as <see cref="RpcException"/>.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;

    /// <summary>Creates a client for a server address such as <c>http://127.0.0.1:5080</c>.</summary>
    public GrpcClient(Uri address)
        : this(new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = true }) { BaseAddress = address }, ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client over an existing <see cref="HttpClient"/> whose BaseAddress is the server.</summary>
    public GrpcClient(HttpClient httpClient, bool ownsHttpClient = false)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _http = httpClient;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _ownsHttpClient = ownsHttpClient;
    }

    /// <summary>Optional bearer token sent with every call.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Largest response message accepted (default 4 MiB).</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>A unary call.</summary>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(
        string method, TRequest request, MessageParser<TResponse> parser, CallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        await using var call = await StartAsync(method, Single(request), options ?? new CallOptions()).ConfigureAwait(false);
        var response = await call.ReadAsync(parser).ConfigureAwait(false);
        await call.ReadStatusAsync(parser).ConfigureAwait(false);
        return response ?? throw new RpcException(StatusCode.Internal, "The server ended the call without a response message.");
    }

    /// <summary>A server-streaming call: the responses as they arrive.</summary>
    public IAsyncEnumerable<TResponse> ServerStreamingAsync<TRequest, TResponse>(
        string method, TRequest request, MessageParser<TResponse> parser, CallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        DuplexStreamingAsync(method, Single(request), parser, options);

    /// <summary>A client-streaming call: sends every request, then returns the one response.</summary>
    public async Task<TResponse> ClientStreamingAsync<TRequest, TResponse>(
        string method, IAsyncEnumerable<TRequest> requests, MessageParser<TResponse> parser, CallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        await using var call = await StartAsync(method, requests, options ?? new CallOptions()).ConfigureAwait(false);
        var response = await call.ReadAsync(parser).ConfigureAwait(false);
        await call.ReadStatusAsync(parser).ConfigureAwait(false);
        return response ?? throw new RpcException(StatusCode.Internal, "The server ended the call without a response message.");
    }

    /// <summary>A bidirectional call: requests are sent while responses are read.</summary>
    public async IAsyncEnumerable<TResponse> DuplexStreamingAsync<TRequest, TResponse>(
        string method, IAsyncEnumerable<TRequest> requests, MessageParser<TResponse> parser, CallOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        options ??= new CallOptions();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, cancellationToken);
        await using var call = await StartAsync(method, requests, options with { CancellationToken = linked.Token }).ConfigureAwait(false);
        while (await call.ReadAsync(parser).ConfigureAwait(false) is { } response)
        {
            yield return response;
        }

        await call.ReadStatusAsync(parser).ConfigureAwait(false);
    }

    private async Task<ClientCall> StartAsync<TRequest>(string method, IAsyncEnumerable<TRequest> requests, CallOptions options)
        where TRequest : IMessage<TRequest>
    {
        var request = new HttpRequestMessage(HttpMethod.Post, method)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new RequestMessagesContent<TRequest>(requests, options.Gzip),
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        if (options.Timeout is { } timeout)
        {
            request.Headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(timeout));
        }

        if (BearerToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var entry in options.Headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(entry.Key, entry.Value);
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } deadline)
        {
            cancellation.CancelAfter(deadline);
        }

        var call = new ClientCall(cancellation, options.CancellationToken, MaxReceiveMessageSize);
        await call.SendAsync(_http, request).ConfigureAwait(false);
        return call;
    }

    private static async IAsyncEnumerable<T> Single<T>(T item)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return item;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _http.Dispose();
        }
    }
}
