namespace ToekomstZorg.Semantics.Site;

/// <summary>One request to the site, as the host received it.</summary>
/// <param name="Path">The decoded path, starting with <c>/</c> (e.g. <c>/kern/zorgcoordinatie.ttl</c>).</param>
/// <param name="Query">The query parameters (first value of each name).</param>
/// <param name="Accept">The <c>Accept</c> header, or null when the request sent none.</param>
public sealed record SiteRequest(string Path, IReadOnlyDictionary<string, string> Query, string? Accept = null)
{
    /// <summary>A request without query parameters.</summary>
    public static SiteRequest Get(string path, string? accept = null) =>
        new(path, new Dictionary<string, string>(StringComparer.Ordinal), accept);

    /// <summary>The query parameter <paramref name="name"/>, trimmed; null when absent or blank.</summary>
    public string? Parameter(string name) =>
        Query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
