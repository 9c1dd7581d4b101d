using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>One bound RPC: reads the request(s), runs the handler, writes the response(s).</summary>
internal abstract class ServerMethod(MethodDescriptor descriptor)
{
    public MethodDescriptor Descriptor { get; } = descriptor;

    public string ServiceName => Descriptor.Service.FullName;

    public abstract Task InvokeAsync(GrpcServerCall call);
}
