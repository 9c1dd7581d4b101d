namespace ToekomstZorg.Semantics.Grpc.Server;

/// <summary>Options of the gRPC layer.</summary>
public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted, after decompression (default 4 MiB); larger → RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent (default unlimited); larger → RESOURCE_EXHAUSTED.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>
    /// Compress responses with gzip when the caller's request used gzip (and the caller accepts gzip).
    /// Default true: a caller that compresses asks for compression.
    /// </summary>
    public bool CompressResponsesLikeRequests { get; set; } = true;

    /// <summary>Services that require <c>authorization: Bearer TOKEN</c>: service full name → token.</summary>
    public IDictionary<string, string> BearerTokens { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
