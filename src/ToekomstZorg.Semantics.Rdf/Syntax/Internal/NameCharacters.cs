namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>The character classes of Turtle 1.1 / N-Triples names (prefixes, local names, blank-node labels).</summary>
internal static class NameCharacters
{
    // [163s] PN_CHARS_BASE ::= [A-Z] | [a-z] | [#x00C0-#x00D6] | [#x00D8-#x00F6] | [#x00F8-#x02FF]
    //   | [#x0370-#x037D] | [#x037F-#x1FFF] | [#x200C-#x200D] | [#x2070-#x218F] | [#x2C00-#x2FEF]
    //   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
    public static bool IsPnCharsBase(int c) =>
        c < 0x80
            ? (uint)((c | 0x20) - 'a') <= 'z' - 'a'
            : c is (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xF6) or (>= 0xF8 and <= 0x2FF)
                or (>= 0x370 and <= 0x37D) or (>= 0x37F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
                or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
                or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    // [164s] PN_CHARS_U ::= PN_CHARS_BASE | '_'
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    // [166s] PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
    public static bool IsPnChars(int c) =>
        c < 0x80
            ? IsAsciiPnChars(c)
            : c == 0xB7 || c is (>= 0x300 and <= 0x36F) or (>= 0x203F and <= 0x2040) || IsPnCharsBase(c);

    /// <summary>PN_CHARS restricted to ASCII: <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsAsciiPnChars(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c == '-';

    /// <summary>A hexadecimal digit's value, or -1.</summary>
    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
