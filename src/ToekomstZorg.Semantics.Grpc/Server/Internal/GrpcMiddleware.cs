using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>
/// Serves gRPC calls on an ASP.NET Core pipeline: requests with a gRPC content type or a registered method path;
/// everything else goes to the next middleware.
/// </summary>
internal sealed partial class GrpcMiddleware(
    RequestDelegate next, GrpcServiceRegistry registry, IOptions<GrpcServerOptions> options, ILogger<GrpcMiddleware> logger)
{
    private readonly GrpcServerOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var isGrpc = GrpcProtocol.IsGrpcContentType(context.Request.ContentType);
        var known = registry.TryGetMethod(path, out var method);
        if (!isGrpc && !known)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!HttpProtocol.IsHttp2(context.Request.Protocol))
        {
            await RejectAsync(context, StatusCodes.Status426UpgradeRequired, $"gRPC requires HTTP/2; this request came over {context.Request.Protocol}.").ConfigureAwait(false);
            return;
        }

        if (!isGrpc)
        {
            await RejectAsync(context, StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{context.Request.ContentType}' is not application/grpc.").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await RejectAsync(context, StatusCodes.Status405MethodNotAllowed, "gRPC requests use POST.").ConfigureAwait(false);
            return;
        }

        using var call = new GrpcServerCall(context, _options, path);
        if (!known)
        {
            await call.FinishAsync(StatusCode.Unimplemented, $"Method {path} is not implemented by this server.", null, completeNow: false).ConfigureAwait(false);
            return;
        }

        await RunAsync(call, method).ConfigureAwait(false);
    }

    private async Task RunAsync(GrpcServerCall call, ServerMethod method)
    {
        Task handler;
        try
        {
            call.Start();
            Authorize(call, method);
            handler = method.InvokeAsync(call);
        }
        catch (Exception e)
        {
            handler = Task.FromException(e);
        }

        if (call.HasDeadline && !handler.IsCompleted)
        {
            var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (call.CancellationToken.Register(() => cancelled.TrySetResult()).ConfigureAwait(false))
            {
                await Task.WhenAny(handler, cancelled.Task).ConfigureAwait(false);
            }

            if (!handler.IsCompleted && call.DeadlineExpired)
            {
                // The deadline ends the call now, whether or not the handler observes its token; writes it attempts
                // afterwards fail. The HttpContext stays alive until the handler returns.
                await call.FinishAsync(StatusCode.DeadlineExceeded, "Deadline exceeded.", null, completeNow: true).ConfigureAwait(false);
                await Observe(handler).ConfigureAwait(false);
                return;
            }
        }

        var (status, detail, trailers) = await Outcome(call, handler).ConfigureAwait(false);
        await call.FinishAsync(status, detail, trailers, completeNow: false).ConfigureAwait(false);
    }

    private async Task<(StatusCode Status, string? Detail, Metadata? Trailers)> Outcome(GrpcServerCall call, Task handler)
    {
        try
        {
            await handler.ConfigureAwait(false);
            return (StatusCode.OK, null, null);
        }
        catch (RpcException e)
        {
            return (e.StatusCode, e.Detail, e.Trailers);
        }
        catch (OperationCanceledException) when (call.DeadlineExpired)
        {
            return (StatusCode.DeadlineExceeded, "Deadline exceeded.", null);
        }
        catch (OperationCanceledException) when (call.IsAborted || call.CancellationToken.IsCancellationRequested)
        {
            return (StatusCode.Cancelled, "The call was cancelled.", null);
        }
        catch (Exception e)
        {
            // The message of an arbitrary exception may quote request content (personal health data): log the type
            // and the stack only, and tell the caller nothing of the internals.
            LogHandlerFailed(logger, call.MethodPath, e.GetType().FullName ?? e.GetType().Name, e.StackTrace ?? string.Empty);
            return (StatusCode.Internal, "The server failed to handle the call.", null);
        }
    }

    private static async Task Observe(Task handler)
    {
        try
        {
            await handler.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The call has already ended with DEADLINE_EXCEEDED; what the handler did afterwards does not matter.
        }
    }

    private void Authorize(GrpcServerCall call, ServerMethod method)
    {
        if (!_options.BearerTokens.TryGetValue(method.ServiceName, out var token))
        {
            return;
        }

        var header = call.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        if (presented is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token)))
        {
            throw new RpcException(StatusCode.Unauthenticated, $"Service {method.ServiceName} requires a valid bearer token in 'authorization'.");
        }
    }

    private static Task RejectAsync(HttpContext context, int httpStatus, string message)
    {
        context.Response.StatusCode = httpStatus;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers[GrpcProtocol.StatusHeader] = ((int)StatusCode.Internal).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers[GrpcProtocol.MessageHeader] = GrpcMessageEncoding.Encode(message);
        return context.Response.WriteAsync(message + "\n");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "gRPC handler for {Method} threw {ExceptionType}\n{StackTrace}")]
    private static partial void LogHandlerFailed(ILogger logger, string method, string exceptionType, string stackTrace);
}
