using Google.Protobuf.Reflection;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Contracts.Client.Internal;

/// <summary>
/// The HTTP/2 <c>:path</c> of a service's methods (<c>/package.Service/Method</c>), read from the generated descriptor so a
/// renamed or removed RPC fails when the client type is first used, not on the wire as UNIMPLEMENTED.
/// </summary>
internal static class ServiceMethodPaths
{
    public static string Of(ServiceDescriptor service, string method) =>
        GrpcProtocol.MethodPath(service.FindMethodByName(method)
            ?? throw new InvalidOperationException($"{service.FullName} has no method {method}; the client is out of date with the .proto."));
}
