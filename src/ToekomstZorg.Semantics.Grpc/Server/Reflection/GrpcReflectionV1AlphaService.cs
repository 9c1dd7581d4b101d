using Google.Protobuf;
using V1 = ToekomstZorg.Semantics.Grpc.Reflection.V1;
using V1Alpha = ToekomstZorg.Semantics.Grpc.Reflection.V1Alpha;

namespace ToekomstZorg.Semantics.Grpc.Server.Reflection;

/// <summary>
/// <c>grpc.reflection.v1alpha.ServerReflection</c>, which older tools still ask for. Its messages are wire-identical
/// to v1, so each request is re-read as v1, answered by <see cref="GrpcReflectionService"/> and re-read back.
/// </summary>
public sealed class GrpcReflectionV1AlphaService(GrpcReflectionService v1)
{
    /// <summary>The bidirectional ServerReflectionInfo RPC.</summary>
    public async Task ServerReflectionInfo(
        IAsyncStreamReader<V1Alpha.ServerReflectionRequest> requests,
        IServerStreamWriter<V1Alpha.ServerReflectionResponse> responses,
        ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requests.Current.ToByteString());
            var answer = v1.Answer(request);
            await responses.WriteAsync(V1Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()), context.CancellationToken).ConfigureAwait(false);
        }
    }
}
