using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Server.Internal;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// The one place where an outcome of a call becomes a gRPC status, for every service: a caller's mistake
/// (<see cref="TerminologyRequestException"/>) is its status with the message that names the field, system and code;
/// any other exception is INTERNAL with a fixed message. grpc-dotnet would log that exception with its message, and a
/// message may quote request content (a care plan is personal health data), so only its type and stack are logged here.
/// </summary>
internal sealed class CallFaultInterceptor(ILogger<CallFaultInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception e) when (Fault(e, context) is { } status)
        {
            throw status;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (Fault(e, context) is { } status)
        {
            throw status;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (Fault(e, context) is { } status)
        {
            throw status;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (Fault(e, context) is { } status)
        {
            throw status;
        }
    }

    /// <summary>The gRPC status of a caller's mistake.</summary>
    public static StatusCode StatusOf(TerminologyRequestException e) => e.Fault switch
    {
        TerminologyFault.NotFound => StatusCode.NotFound,
        TerminologyFault.TooLarge => StatusCode.ResourceExhausted,
        _ => StatusCode.InvalidArgument,
    };

    // Null: not ours to map (a status already, or the call's own cancellation, which grpc-dotnet reports itself).
    private RpcException? Fault(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case RpcException:
                return null;
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return null;
            case TerminologyRequestException e:
                return new RpcException(new Status(StatusOf(e), e.Message));
            default:
                ServerLog.GrpcHandlerFailed(logger, context.Method, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace ?? string.Empty);
                return new RpcException(new Status(StatusCode.Internal, "The server failed to handle the call."));
        }
    }
}
