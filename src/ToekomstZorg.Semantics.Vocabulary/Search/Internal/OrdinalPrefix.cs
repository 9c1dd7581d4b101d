namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// A string's start as an integer that sorts like the string: the search index sorts its labels by these integers with
/// a primitive sort, and compares as strings only the few whose integers tie.
/// </summary>
internal static class OrdinalPrefix
{
    private const int Symbols = 42;
    private const int Packed = 11; // 42^11 < 2^64

    /// <summary>
    /// The first eleven characters of a key as one base-42 number such that a smaller number means an ordinally
    /// smaller key (equal numbers decide nothing). Folded text is lower-case letters, digits and spaces (each its own
    /// symbol, in ordinal order: space 2, digits 4–13, letters 15–40; end of key 0). Any other character falls in the
    /// class of the characters between those (below space 1, punctuation 3, upper case and the like 14, above
    /// <c>z</c> 41, which holds every non-ASCII letter) and ends the packing: two different characters of one class
    /// pack alike, so nothing after them may decide.
    /// </summary>
    public static ulong Pack(string key)
    {
        ulong packed = 0;
        var i = 0;
        while (i < Packed && i < key.Length)
        {
            var c = key[i++];
            var (symbol, exact) = c switch
            {
                >= 'a' and <= 'z' => (15 + (c - 'a'), true),
                >= '0' and <= '9' => (4 + (c - '0'), true),
                ' ' => (2, true),
                < ' ' => (1, false),
                < '0' => (3, false),
                < 'a' => (14, false),
                _ => (41, false),
            };
            packed = (packed * Symbols) + (ulong)symbol;
            if (!exact)
            {
                break;
            }
        }

        for (; i < Packed; i++)
        {
            packed *= Symbols;
        }

        return packed;
    }
}
