namespace ToekomstZorg.Semantics.Grpc;

/// <summary>
/// A gRPC status other than OK. Handlers throw it to end a call with <see cref="StatusCode"/> and
/// <see cref="Detail"/> (sent as <c>grpc-status</c> and <c>grpc-message</c>); the client throws it when a call ends so.
/// </summary>
public sealed class RpcException : Exception
{
    /// <summary>Creates the exception for a status and a human-readable detail.</summary>
    public RpcException(StatusCode statusCode, string detail)
        : this(statusCode, detail, new Metadata())
    {
    }

    /// <summary>Creates the exception for a status, a detail and the trailers that came with it.</summary>
    public RpcException(StatusCode statusCode, string detail, Metadata trailers)
        : base($"Status(StatusCode=\"{statusCode}\", Detail=\"{detail}\")")
    {
        StatusCode = statusCode;
        Detail = detail;
        Trailers = trailers;
    }

    /// <summary>The gRPC status code.</summary>
    public StatusCode StatusCode { get; }

    /// <summary>The status message (<c>grpc-message</c>, decoded).</summary>
    public string Detail { get; }

    /// <summary>Trailers sent with the status (on the server: extra trailers to send; on the client: received).</summary>
    public Metadata Trailers { get; }
}
