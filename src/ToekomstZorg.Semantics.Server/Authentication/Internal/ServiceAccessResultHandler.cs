using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Grpc.Core;

namespace ToekomstZorg.Semantics.Server.Authentication.Internal;

/// <summary>
/// How a refused call is answered. A gRPC (or gRPC-Web) call gets a trailers-only gRPC response, UNAUTHENTICATED for a
/// missing or unknown token and PERMISSION_DENIED for a valid one without the service's scope, with a message that names
/// the service; a REST/JSON (transcoded) call gets HTTP 401 or 403 with the same status in the body, as transcoding
/// writes every other error (<c>{"code":16,"message":"…","details":[]}</c>).
/// </summary>
internal sealed class ServiceAccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            return;
        }

        var service = ServiceAccess.ServiceOf(policy) ?? "this service";
        var (status, message) = authorizeResult.Forbidden
            ? (StatusCode.PermissionDenied, $"The token does not grant scope {service}.")
            : (StatusCode.Unauthenticated, $"Service {service} requires a valid bearer token in 'authorization'.");
        var response = context.Response;
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Trailers-only (gRPC over HTTP/2, "Responses"): the status travels in the headers, HTTP status 200.
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = context.Request.ContentType.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase)
                ? context.Request.ContentType
                : "application/grpc";
            response.Headers["grpc-status"] = ((int)status).ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return;
        }

        response.StatusCode = status == StatusCode.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        if (status == StatusCode.Unauthenticated)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new Dictionary<string, object> { ["code"] = (int)status, ["message"] = message, ["details"] = Array.Empty<object>() },
            cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }
}
