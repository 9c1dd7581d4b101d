using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>A method of the service descriptor that the service class does not implement.</summary>
internal sealed class UnimplementedServerMethod(MethodDescriptor descriptor) : ServerMethod(descriptor)
{
    public override Task InvokeAsync(GrpcServerCall call) =>
        throw new RpcException(StatusCode.Unimplemented, $"Method {GrpcProtocolPath(Descriptor)} is not implemented by this server.");

    private static string GrpcProtocolPath(MethodDescriptor method) => Protocol.GrpcProtocol.MethodPath(method);
}
