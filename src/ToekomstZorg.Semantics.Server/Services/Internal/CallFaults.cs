using ToekomstZorg.Semantics.Grpc;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>The one place where a caller's mistake becomes a gRPC status: never UNKNOWN for a caller's mistake.</summary>
internal static class CallFaults
{
    public static T Answer<T>(Func<T> call, string prefix = "")
    {
        try
        {
            return call();
        }
        catch (TerminologyRequestException e)
        {
            throw new RpcException(StatusOf(e), prefix + e.Message);
        }
    }

    /// <summary>The gRPC status of a caller's mistake.</summary>
    public static StatusCode StatusOf(TerminologyRequestException e) => e.Fault switch
    {
        TerminologyFault.NotFound => StatusCode.NotFound,
        TerminologyFault.TooLarge => StatusCode.ResourceExhausted,
        _ => StatusCode.InvalidArgument,
    };
}
