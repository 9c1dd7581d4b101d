using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Grpc.Server.Internal;

namespace ToekomstZorg.Semantics.Grpc.Server;

/// <summary>What a handler knows about the call it serves: method, metadata, deadline and cancellation.</summary>
public sealed class ServerCallContext
{
    private readonly GrpcServerCall _call;
    private Metadata? _requestHeaders;

    internal ServerCallContext(GrpcServerCall call) => _call = call;

    /// <summary>The method path, <c>/package.Service/Method</c>.</summary>
    public string Method => _call.MethodPath;

    /// <summary>The caller's address, e.g. <c>ipv4:127.0.0.1:50412</c>.</summary>
    public string Peer => _call.Peer;

    /// <summary>When the call's deadline expires (UTC), or <see cref="DateTime.MaxValue"/> without a deadline.</summary>
    public DateTime Deadline => _call.Deadline;

    /// <summary>Fires when the deadline expires, the caller cancels (RST_STREAM) or the server shuts down.</summary>
    public CancellationToken CancellationToken => _call.CancellationToken;

    /// <summary>The caller's custom metadata (request headers without the protocol's own).</summary>
    public Metadata RequestHeaders => _requestHeaders ??= _call.ReadRequestMetadata();

    /// <summary>Custom trailers sent with the status at the end of the call.</summary>
    public Metadata ResponseTrailers { get; } = new();

    /// <summary>Sends custom response headers now; they must go before the first response message.</summary>
    public Task WriteResponseHeadersAsync(Metadata headers) => _call.WriteResponseHeadersAsync(headers);

    /// <summary>The underlying ASP.NET Core request, for hosts that need it (peer certificate, features).</summary>
    public HttpContext GetHttpContext() => _call.HttpContext;
}
