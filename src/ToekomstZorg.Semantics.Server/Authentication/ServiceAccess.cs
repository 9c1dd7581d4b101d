using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using ToekomstZorg.Semantics.Server.Authentication.Internal;
using ToekomstZorg.Semantics.Server.Hosting;

namespace ToekomstZorg.Semantics.Server.Authentication;

/// <summary>
/// Who may call which gRPC service, on ASP.NET Core authentication and authorization. A service is protected when a
/// static token is configured for it (<c>Tzsem:BearerTokens:&lt;service&gt;</c>) or when JWT bearer tokens are configured
/// (<c>Tzsem:Jwt</c>: issuer, audience, signing key); its policy, named after the service, wants an authenticated caller
/// whose <c>scope</c> includes the service's full name (a static token carries the scope of the service it is configured
/// for; a JWT its <c>scope</c> claim, space-separated as in RFC 8693). Health, reflection and the HTTP endpoints stay open.
/// </summary>
public static class ServiceAccess
{
    /// <summary>The claim that lists the services a caller may use.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>Whether any service is protected.</summary>
    public static bool IsConfigured(TerminologyServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BearerTokens.Count > 0 || options.Jwt.IsConfigured;
    }

    /// <summary>Whether <paramref name="service"/> (full name) needs a token.</summary>
    public static bool IsProtected(TerminologyServerOptions options, string service)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BearerTokens.ContainsKey(service) || options.Jwt.IsConfigured;
    }

    /// <summary>Registers the authentication schemes and one policy per protected service.</summary>
    public static void AddServiceAccess(this IServiceCollection services, TerminologyServerOptions options, IEnumerable<string> grpcServices)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var schemes = new List<string>();
        var authentication = services.AddAuthentication();
        if (options.BearerTokens.Count > 0)
        {
            authentication.AddScheme<StaticBearerTokenOptions, StaticBearerTokenHandler>(StaticBearerTokenHandler.SchemeName, scheme =>
            {
                foreach (var (service, token) in options.BearerTokens)
                {
                    scheme.Tokens[service] = token;
                }
            });
            schemes.Add(StaticBearerTokenHandler.SchemeName);
        }

        if (options.Jwt.IsConfigured)
        {
            authentication.AddJwtBearer(jwt =>
            {
                // Claims as the token names them ("scope", not a mapped URI).
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Jwt.Issuer,
                    ValidAudience = options.Jwt.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Jwt.SigningKey!)),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512],
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
            schemes.Add(JwtBearerDefaults.AuthenticationScheme);
        }

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ServiceAccessResultHandler>();
        services.AddAuthorization(authorization =>
        {
            foreach (var service in grpcServices.Where(s => IsProtected(options, s)))
            {
                authorization.AddPolicy(service, policy => policy
                    .AddAuthenticationSchemes([.. schemes])
                    .RequireAuthenticatedUser()
                    .AddRequirements(new ServiceScopeRequirement(service)));
            }
        });
    }

    /// <summary>Puts the policy of <paramref name="service"/> on its endpoints when the service is protected.</summary>
    public static TBuilder RequireServiceAccess<TBuilder>(this TBuilder endpoints, TerminologyServerOptions options, string service)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsProtected(options, service) ? endpoints.RequireAuthorization(service) : endpoints;
    }

    internal static string? BearerToken(string header)
    {
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length ? header[scheme.Length..].Trim() : null;
    }

    internal static bool HasScope(ClaimsPrincipal user, string service) =>
        user.FindAll(ScopeClaim).Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(service, StringComparer.Ordinal));

    internal static string? ServiceOf(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<ServiceScopeRequirement>().FirstOrDefault()?.Service;
}
