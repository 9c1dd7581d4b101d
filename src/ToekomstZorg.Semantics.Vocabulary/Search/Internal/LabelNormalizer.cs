using System.Buffers;
using System.Globalization;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// Folds labels and queries for matching: lower case, no diacritics, runs of non-alphanumerics as one space.
/// </summary>
/// <remarks>
/// The folding does not depend on ICU: the project runs with invariant globalization, where
/// <see cref="string.Normalize(System.Text.NormalizationForm)"/> leaves "ö" as it is. Letters with diacritics from Latin-1
/// Supplement and Latin Extended-A (every letter of Dutch, French and German, and the other languages spoken in
/// care in Flanders that use the Latin script) fold through a table; combining marks (text that arrives
/// decomposed, "o" + U+0308) are dropped.
/// </remarks>
internal static class LabelNormalizer
{
    private const char FirstFolded = '\u00C0';

    // One token per code point from U+00C0 to U+017F; "_" marks a symbol (× and ÷), which separates words.
    private const string FoldingSpec =
        // U+00C0–U+00DF
        "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th ss " +
        // U+00E0–U+00FF
        "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th y " +
        // U+0100–U+017F: Latin Extended-A, in code point order
        "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h " +
        "i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n o o o o o o oe oe " +
        "r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s";

    private static readonly string?[] Folded = BuildTable();

    /// <summary>Number of code points the table folds, from U+00C0 on (for tests).</summary>
    internal static int FoldedCount => Folded.Length;

    /// <summary>
    /// The folded text. Written into a stack buffer; a text that is already folded (lower-case words of letters and
    /// digits with single spaces, as most codes and many labels are) is returned as it is, without a copy.
    /// </summary>
    public static string Normalize(string text)
    {
        // A code point folds to at most two characters, and may be preceded by the space that starts its word.
        var capacity = text.Length * 3;
        char[]? rented = null;
        var buffer = capacity <= 512 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var folded = buffer[..Fold(text, buffer)];
            return folded.SequenceEqual(text) ? text : new string(folded);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Fold(string text, Span<char> output)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                // ASCII: letters and digits are word characters (upper case lowered), everything else separates words.
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    Append(output, ref length, c, ref space);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    Append(output, ref length, (char)(c | 0x20), ref space);
                }
                else
                {
                    space = true;
                }

                continue;
            }

            var index = c - FirstFolded;
            if (index >= 0 && index < Folded.Length)
            {
                var folded = Folded[index];
                if (folded is null)
                {
                    space = true;
                }
                else
                {
                    Append(output, ref length, folded[0], ref space);
                    if (folded.Length > 1)
                    {
                        output[length++] = folded[1];
                    }
                }

                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                Append(output, ref length, char.ToLowerInvariant(c), ref space);
            }
            else
            {
                space = true;
            }
        }

        return length;
    }

    private static void Append(Span<char> output, ref int length, char c, ref bool space)
    {
        if (space && length > 0)
        {
            output[length++] = ' ';
        }

        space = false;
        output[length++] = c;
    }

    private static string?[] BuildTable()
    {
        var tokens = FoldingSpec.Split(' ');
        var table = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            table[i] = tokens[i] == "_" ? null : tokens[i];
        }

        return table;
    }
}
