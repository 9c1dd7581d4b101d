using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ToekomstZorg.Semantics.Server.Authentication.Internal;

/// <summary>
/// <c>authorization: Bearer TOKEN</c> against the static per-service tokens of the configuration: a token configured for
/// a service authenticates a caller with that service as its scope (the same claim a JWT carries, so one policy per
/// service checks both). A token that matches none is no result here, so the JWT scheme may still accept it.
/// </summary>
internal sealed class StaticBearerTokenHandler(IOptionsMonitor<StaticBearerTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<StaticBearerTokenOptions>(options, logger, encoder)
{
    public const string SchemeName = "StaticBearerToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ServiceAccess.BearerToken(Request.Headers.Authorization.ToString());
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        var scopes = Options.Tokens
            .Where(t => CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(t.Value)))
            .Select(t => new Claim(ServiceAccess.ScopeClaim, t.Key))
            .ToList();
        if (scopes.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity(scopes, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
