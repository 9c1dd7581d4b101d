using System.Globalization;
using System.Text;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// Folds labels and queries for matching: lower case, no diacritics, runs of non-alphanumerics as one space.
/// </summary>
/// <remarks>
/// The folding does not depend on ICU: the project runs with invariant globalization, where
/// <see cref="string.Normalize(NormalizationForm)"/> leaves "ö" as it is. Letters with diacritics from Latin-1
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

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
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
                    AppendWordCharacters(builder, folded, ref space);
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
                AppendWordCharacters(builder, char.ToLowerInvariant(c), ref space);
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static void AppendWordCharacters(StringBuilder builder, string folded, ref bool space)
    {
        StartWord(builder, ref space);
        builder.Append(folded);
    }

    private static void AppendWordCharacters(StringBuilder builder, char c, ref bool space)
    {
        StartWord(builder, ref space);
        builder.Append(c);
    }

    private static void StartWord(StringBuilder builder, ref bool space)
    {
        if (space && builder.Length > 0)
        {
            builder.Append(' ');
        }

        space = false;
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
