namespace ToekomstZorg.Semantics.Site;

/// <summary>The site's answer: status, media type and body (UTF-8), and whether it depends on <c>Accept</c>.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="ContentType">The <c>Content-Type</c> header value, with charset.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="VaryAccept">True when the answer was chosen by content negotiation (send <c>Vary: Accept</c>).</param>
public sealed record SiteResponse(int StatusCode, string ContentType, byte[] Body, bool VaryAccept)
{
    /// <summary>The body as text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
