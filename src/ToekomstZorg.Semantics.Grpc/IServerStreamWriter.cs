namespace ToekomstZorg.Semantics.Grpc;

/// <summary>Writes the response messages of a server-streaming or bidirectional call.</summary>
/// <typeparam name="T">The response message type.</typeparam>
public interface IServerStreamWriter<in T>
{
    /// <summary>Sends one message. Throws <see cref="RpcException"/> once the call has ended (deadline, cancellation).</summary>
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}
