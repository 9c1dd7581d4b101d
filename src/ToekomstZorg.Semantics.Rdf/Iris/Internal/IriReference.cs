namespace ToekomstZorg.Semantics.Rdf.Iris.Internal;

/// <summary>
/// The five components of an IRI reference as index ranges into its UTF-8 bytes (RFC 3986 §3,
/// split with the regular expression of Appendix B). A component that is absent has start -1;
/// present-but-empty components (e.g. "http://h?#") are distinguished from absent ones.
/// </summary>
internal readonly ref struct IriReference
{
    // RFC 3986 Appendix B: ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?
    // with the scheme restricted to §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
    public IriReference(ReadOnlySpan<byte> value)
    {
        Value = value;
        var i = 0;
        SchemeEnd = SchemeLength(value);
        if (SchemeEnd >= 0)
        {
            i = SchemeEnd + 1;
        }

        AuthorityStart = -1;
        AuthorityEnd = -1;
        if (value.Length - i >= 2 && value[i] == '/' && value[i + 1] == '/')
        {
            AuthorityStart = i;
            i += 2;
            while (i < value.Length && value[i] is not ((byte)'/' or (byte)'?' or (byte)'#'))
            {
                i++;
            }

            AuthorityEnd = i;
        }

        PathStart = i;
        while (i < value.Length && value[i] is not ((byte)'?' or (byte)'#'))
        {
            i++;
        }

        PathEnd = i;
        QueryStart = -1;
        if (i < value.Length && value[i] == '?')
        {
            QueryStart = i;
            while (i < value.Length && value[i] != '#')
            {
                i++;
            }
        }

        QueryEnd = i;
        FragmentStart = i < value.Length ? i : -1;
    }

    public ReadOnlySpan<byte> Value { get; }

    /// <summary>Index of the ':' ending the scheme, or -1 for a relative reference.</summary>
    public int SchemeEnd { get; }

    /// <summary>Index of "//" starting the authority, or -1.</summary>
    public int AuthorityStart { get; }

    public int AuthorityEnd { get; }

    public int PathStart { get; }

    public int PathEnd { get; }

    /// <summary>Index of '?' starting the query, or -1.</summary>
    public int QueryStart { get; }

    public int QueryEnd { get; }

    /// <summary>Index of '#' starting the fragment, or -1.</summary>
    public int FragmentStart { get; }

    public bool HasAuthority => AuthorityStart >= 0;

    public bool HasQuery => QueryStart >= 0;

    /// <summary>"scheme:" including the colon.</summary>
    public ReadOnlySpan<byte> SchemeWithColon => Value[..(SchemeEnd + 1)];

    /// <summary>"//authority" including the slashes.</summary>
    public ReadOnlySpan<byte> Authority => HasAuthority ? Value[AuthorityStart..AuthorityEnd] : default;

    public ReadOnlySpan<byte> Path => Value[PathStart..PathEnd];

    /// <summary>"?query" including the question mark.</summary>
    public ReadOnlySpan<byte> Query => HasQuery ? Value[QueryStart..QueryEnd] : default;

    /// <summary>"#fragment" including the number sign.</summary>
    public ReadOnlySpan<byte> Fragment => FragmentStart >= 0 ? Value[FragmentStart..] : default;

    /// <summary>The length of the scheme (index of its ':'), or -1 when the reference has none.</summary>
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    public static int SchemeLength(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty || !char.IsAsciiLetter((char)value[0]))
        {
            return -1;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit((char)c) && c is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return -1;
            }
        }

        return -1;
    }
}
