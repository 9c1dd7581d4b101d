namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// A string's start as an integer that sorts like the string: the search index sorts its labels by these integers with
/// a primitive sort, and compares as strings only the few whose integers tie.
/// </summary>
internal static class OrdinalPrefix
{
    private const int Symbols = 42;
    private const int Packed = 11; // 42^11 < 2^64
    private const ulong FirstDigit = 17_080_198_121_677_824; // 42^10: the weight of the first character

    // The symbols that are not one character each: the end of the key, and the classes of characters folding never
    // writes (each packs a range of characters alike, so it ends the packing).
    private const int End = 0, BelowSpace = 1, Punctuation = 3, UpperCaseAndTheLike = 14, AboveZ = 41;

    /// <summary>How many characters a key's integer holds.</summary>
    public const int Length = Packed;

    /// <summary>
    /// The first eleven characters of a key as one base-42 number such that a smaller number means an ordinally
    /// smaller key (equal numbers decide nothing). Folded text is lower-case letters, digits and spaces (each its own
    /// symbol, in ordinal order: space 2, digits 4–13, letters 15–40; end of key 0). Any other character falls in the
    /// class of the characters between those (below space 1, punctuation 3, upper case and the like 14, above
    /// <c>z</c> 41, which holds every non-ASCII letter) and ends the packing: two different characters of one class
    /// pack alike, so nothing after them may decide.
    /// </summary>
    public static ulong Pack(string key) => Pack(key, 0);

    /// <summary>As <see cref="Pack(string)"/>, for the key from <paramref name="start"/> on.</summary>
    public static ulong Pack(string key, int start)
    {
        ulong packed = 0;
        var i = 0;
        while (i < Packed && start + i < key.Length)
        {
            var c = key[start + i++];
            var (symbol, exact) = c switch
            {
                >= 'a' and <= 'z' => (15 + (c - 'a'), true),
                >= '0' and <= '9' => (4 + (c - '0'), true),
                ' ' => (2, true),
                < ' ' => (BelowSpace, false),
                < '0' => (Punctuation, false),
                < 'a' => (UpperCaseAndTheLike, false),
                _ => (AboveZ, false),
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

    /// <summary>What keys that pack alike (from the same start) have in common.</summary>
    public static Tie TieOf(ulong packed)
    {
        // The symbols from the first character on: the most significant digit first.
        var divisor = FirstDigit;
        for (var k = 0; k < Packed; k++, divisor /= Symbols)
        {
            switch ((packed / divisor) % Symbols)
            {
                case End:
                    return Tie.SameKey;
                case BelowSpace or Punctuation or UpperCaseAndTheLike or AboveZ:
                    return Tie.Undecided;
            }
        }

        return Tie.SameCharacters;
    }

    /// <summary>What keys that pack alike have in common.</summary>
    public enum Tie
    {
        /// <summary>A character of a class that packs alike: only comparing the keys decides.</summary>
        Undecided,

        /// <summary>The same eleven characters, and more may follow: the keys compare as what follows.</summary>
        SameCharacters,

        /// <summary>The same characters up to the end of each: equal keys.</summary>
        SameKey,
    }
}
