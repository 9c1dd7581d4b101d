namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// Orders names the way a curator reads them: runs of ASCII digits compare by value, so <c>c2</c> comes
/// before <c>c10</c>; everything else compares ordinally. Ties fall back to ordinal order, so the order
/// is total and output is deterministic. A full IRI compares without its angle brackets, so
/// <c>&lt;http://a/p&gt;</c> sorts before <c>&lt;http://a/p1&gt;</c> as its prefixed name would.
/// </summary>
internal sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byName = CompareNames(Unbracketed(x), Unbracketed(y));
        return byName != 0 ? byName : string.CompareOrdinal(x, y);
    }

    private static ReadOnlySpan<char> Unbracketed(string s) =>
        s.Length > 1 && s[0] == '<' && s[^1] == '>' ? s.AsSpan(1, s.Length - 2) : s;

    private static int CompareNames(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var xEnd = DigitRunEnd(x, i);
                var yEnd = DigitRunEnd(y, j);
                var xDigits = x[i..xEnd].TrimStart('0');
                var yDigits = y[j..yEnd].TrimStart('0');
                var byValue = xDigits.Length != yDigits.Length
                    ? xDigits.Length.CompareTo(yDigits.Length)
                    : xDigits.SequenceCompareTo(yDigits);
                if (byValue != 0)
                {
                    return byValue;
                }

                i = xEnd;
                j = yEnd;
                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static int DigitRunEnd(ReadOnlySpan<char> s, int start)
    {
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        return end;
    }
}
