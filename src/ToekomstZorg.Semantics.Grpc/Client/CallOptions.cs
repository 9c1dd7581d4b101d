namespace ToekomstZorg.Semantics.Grpc.Client;

/// <summary>Per-call options of <see cref="GrpcClient"/>.</summary>
public sealed record CallOptions
{
    /// <summary>The call's deadline as a timeout (sent as <c>grpc-timeout</c>); null = none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Custom metadata sent as request headers.</summary>
    public Metadata? Headers { get; init; }

    /// <summary>Compress request messages with gzip.</summary>
    public bool Gzip { get; init; }

    /// <summary>Cancels the call (RST_STREAM).</summary>
    public CancellationToken CancellationToken { get; init; }
}
