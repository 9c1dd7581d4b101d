using Microsoft.AspNetCore.Authorization;

namespace ToekomstZorg.Semantics.Server.Authentication.Internal;

/// <summary>The caller's <c>scope</c> includes <see cref="Service"/> (a gRPC service full name).</summary>
internal sealed class ServiceScopeRequirement(string service) : AuthorizationHandler<ServiceScopeRequirement>, IAuthorizationRequirement
{
    public string Service { get; } = service;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ServiceScopeRequirement requirement)
    {
        if (ServiceAccess.HasScope(context.User, requirement.Service))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
