namespace ToekomstZorg.Semantics.Site.LinkedData.Internal;

/// <summary>
/// Picks a <see cref="Representation"/> from an <c>Accept</c> header (RFC 9110 §12.5.1): each representation gets the
/// q-value of the most specific media range that matches it; the highest non-zero q wins, ties go to our order
/// (HTML, Turtle, JSON-LD, N-Triples). No header means HTML; a header nothing matches means 406.
/// </summary>
internal static class ContentNegotiation
{
    private static readonly (Representation Representation, string Type, string Subtype)[] Offered =
    [
        (Representation.Html, "text", "html"),
        (Representation.Html, "application", "xhtml+xml"),
        (Representation.Turtle, "text", "turtle"),
        (Representation.JsonLd, "application", "ld+json"),
        (Representation.NTriples, "application", "n-triples"),
        (Representation.JsonLd, "application", "json"),
    ];

    public static readonly string[] MediaTypes = ["text/html", "text/turtle", "application/ld+json", "application/n-triples"];

    public static string MediaType(Representation representation) => representation switch
    {
        Representation.Html => "text/html; charset=utf-8",
        Representation.Turtle => "text/turtle; charset=utf-8",
        Representation.NTriples => "application/n-triples; charset=utf-8",
        _ => "application/ld+json; charset=utf-8",
    };

    public static string Extension(Representation representation) => representation switch
    {
        Representation.Html => ".html",
        Representation.Turtle => ".ttl",
        Representation.NTriples => ".nt",
        _ => ".jsonld",
    };

    /// <summary>Splits <c>name.ttl</c> into <c>name</c> and Turtle; false when the path has no known extension.</summary>
    public static bool TryStripExtension(string path, out string stem, out Representation representation)
    {
        foreach (var candidate in (Representation[])[Representation.Html, Representation.Turtle, Representation.NTriples, Representation.JsonLd])
        {
            var extension = Extension(candidate);
            if (path.EndsWith(extension, StringComparison.Ordinal) && path.Length > extension.Length)
            {
                stem = path[..^extension.Length];
                representation = candidate;
                return true;
            }
        }

        stem = path;
        representation = Representation.Html;
        return false;
    }

    /// <summary>The representation to send, or null when the header accepts none of them (406).</summary>
    public static Representation? Choose(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Representation.Html;
        }

        var ranges = Parse(accept);
        Representation? best = null;
        var bestQ = 0.0;
        foreach (var (representation, type, subtype) in Offered)
        {
            var q = QualityOf(ranges, type, subtype);
            if (q > bestQ)
            {
                best = representation;
                bestQ = q;
            }
        }

        return best;
    }

    private static double QualityOf(List<(string Type, string Subtype, double Q)> ranges, string type, string subtype)
    {
        var specificity = -1;
        var q = 0.0;
        foreach (var range in ranges)
        {
            var s = range.Type == type && range.Subtype == subtype ? 2
                : range.Type == type && range.Subtype == "*" ? 1
                : range.Type == "*" && range.Subtype == "*" ? 0
                : -1;
            if (s > specificity)
            {
                specificity = s;
                q = range.Q;
            }
        }

        return q;
    }

    // Accept = #( media-range [ weight ] ); media-range = type "/" subtype *( OWS ";" OWS parameter ); weight = OWS ";" OWS "q=" qvalue
    private static List<(string Type, string Subtype, double Q)> Parse(string accept)
    {
        var ranges = new List<(string, string, double)>();
        foreach (var element in accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = element.Split(';', StringSplitOptions.TrimEntries);
            var slash = parts[0].IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == parts[0].Length - 1)
            {
                continue; // not a media range: ignored, as a recipient may
            }

            var q = 1.0;
            foreach (var parameter in parts.AsSpan(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    q = Math.Clamp(parsed, 0, 1);
                }
            }

            ranges.Add((parts[0][..slash].ToLowerInvariant(), parts[0][(slash + 1)..].ToLowerInvariant(), q));
        }

        return ranges;
    }
}
