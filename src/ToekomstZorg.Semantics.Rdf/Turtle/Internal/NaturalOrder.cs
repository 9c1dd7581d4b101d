namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// Orders names the way a curator reads them: runs of ASCII digits compare by value, so <c>c2</c> comes
/// before <c>c10</c>; everything else compares ordinally. Ties fall back to ordinal order, so the order
/// is total and output is deterministic.
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

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var xEnd = DigitRunEnd(x, i);
                var yEnd = DigitRunEnd(y, j);
                var xDigits = x.AsSpan(i, xEnd - i).TrimStart('0');
                var yDigits = y.AsSpan(j, yEnd - j).TrimStart('0');
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

        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static int DigitRunEnd(string s, int start)
    {
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        return end;
    }
}
