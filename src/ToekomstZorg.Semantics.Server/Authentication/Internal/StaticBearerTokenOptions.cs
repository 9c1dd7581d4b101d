using Microsoft.AspNetCore.Authentication;

namespace ToekomstZorg.Semantics.Server.Authentication.Internal;

/// <summary>The static tokens of <see cref="StaticBearerTokenHandler"/>: gRPC service full name → token (<c>Tzsem:BearerTokens</c>).</summary>
internal sealed class StaticBearerTokenOptions : AuthenticationSchemeOptions
{
    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);
}
