using System.Text;

namespace ToekomstZorg.Semantics.Server.Internal;

/// <summary>
/// Search normalisation for Dutch and English labels: lower case, diacritics removed ("zorgcoördinatie" →
/// "zorgcoordinatie"), everything but letters and digits a word break. Done by table rather than Unicode
/// normalisation, which invariant globalization does not offer for every character.
/// </summary>
internal static class TextFolding
{
    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The folded text, word breaks as single spaces kept in place.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(Fold(c));
        }

        return folded.ToString();
    }

    private static char Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c);
        }

        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
            'ç' => 'c',
            'è' or 'é' or 'ê' or 'ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' => 'i',
            'ñ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ý' or 'ÿ' => 'y',
            _ when char.IsLetterOrDigit(c) => lower,
            _ => ' ',
        };
    }
}
