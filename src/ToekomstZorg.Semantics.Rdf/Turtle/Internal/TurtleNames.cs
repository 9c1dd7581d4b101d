using System.Text;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>The Turtle name productions a writer needs to decide whether a prefixed name is allowed.</summary>
internal static class TurtleNames
{
    /// <summary>
    /// Turtle [168s] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
    /// The writer never uses PN_LOCAL_ESC, so a local part needing a backslash escape is not valid here;
    /// PERCENT (<c>%HH</c>) is kept, since it stands for itself in the IRI. The empty local part is allowed.
    /// </summary>
    public static bool IsValidLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty)
        {
            return true;
        }

        var first = true;
        var lastWasDot = false;
        var i = 0;
        while (i < local.Length)
        {
            if (local[i] == '%')
            {
                if (i + 2 >= local.Length || !char.IsAsciiHexDigit(local[i + 1]) || !char.IsAsciiHexDigit(local[i + 2]))
                {
                    return false;
                }

                i += 3;
                first = false;
                lastWasDot = false;
                continue;
            }

            if (Rune.DecodeFromUtf16(local[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            var c = rune.Value;
            var ok = first
                ? IsPnCharsU(c) || c == ':' || c is >= '0' and <= '9'
                : IsPnChars(c) || c == ':' || c == '.';
            if (!ok)
            {
                return false;
            }

            lastWasDot = c == '.';
            first = false;
            i += consumed;
        }

        return !lastWasDot;
    }

    /// <summary>Turtle [167s] PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?; the empty prefix is allowed too.</summary>
    public static bool IsValidPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.IsEmpty)
        {
            return true;
        }

        var first = true;
        var lastWasDot = false;
        foreach (var rune in prefix.EnumerateRunes())
        {
            var c = rune.Value;
            var ok = first ? IsPnCharsBase(c) : IsPnChars(c) || c == '.';
            if (!ok)
            {
                return false;
            }

            lastWasDot = c == '.';
            first = false;
        }

        return !lastWasDot;
    }

    // Turtle [163s] PN_CHARS_BASE
    private static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
            or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
            or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
            or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    // Turtle [164s] PN_CHARS_U ::= PN_CHARS_BASE | '_'
    private static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    // Turtle [166s] PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
    private static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || c is >= '0' and <= '9' || c == 0x00B7 || c is >= 0x0300 and <= 0x036F || c is >= 0x203F and <= 0x2040;
}
