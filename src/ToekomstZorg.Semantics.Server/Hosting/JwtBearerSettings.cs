namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>
/// JWT bearer tokens (configuration <c>Tzsem:Jwt</c>): tokens signed with HMAC-SHA256/384/512 by <see cref="SigningKey"/>,
/// issued by <see cref="Issuer"/> for <see cref="Audience"/>. When set, every gRPC service needs a token whose
/// <c>scope</c> names it (or its static token).
/// </summary>
public sealed class JwtBearerSettings
{
    /// <summary>The expected <c>iss</c>.</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>The symmetric signing key (UTF-8 text, at least 32 bytes).</summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether JWT bearer tokens are configured (any of the three set; <see cref="Validate"/> wants all three).</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(Issuer) || !string.IsNullOrEmpty(Audience) || !string.IsNullOrEmpty(SigningKey);

    /// <summary>Checks the settings; the message names the one that is wrong.</summary>
    /// <exception cref="ServerConfigurationException">A setting is missing or the key is too short.</exception>
    public void Validate()
    {
        if (!IsConfigured)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Issuer) || string.IsNullOrWhiteSpace(Audience) || string.IsNullOrEmpty(SigningKey))
        {
            throw new ServerConfigurationException("JWT bearer tokens need all of Tzsem:Jwt:Issuer, Tzsem:Jwt:Audience and Tzsem:Jwt:SigningKey.");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            throw new ServerConfigurationException("Tzsem:Jwt:SigningKey is shorter than 32 bytes (HMAC-SHA256 needs a 256-bit key).");
        }
    }
}
