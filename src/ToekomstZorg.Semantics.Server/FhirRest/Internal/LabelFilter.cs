using System.Text;
using ToekomstZorg.Semantics.Fhir.Export;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The text filter of ValueSet/$expand: every word of the filter must start a word of one label (preferred or
/// alternative, any language) or of the code, ignoring case and diacritics ("zorgcoord" finds "zorgcoördinatie").
/// </summary>
internal sealed class LabelFilter
{
    private readonly string[] _words;

    public LabelFilter(string filter) => _words = Words(filter);

    public bool IsEmpty => _words.Length == 0;

    public bool Matches(ExportConcept concept)
    {
        if (_words.Length == 0)
        {
            return true;
        }

        foreach (var label in concept.PrefLabels.Values.Concat(concept.AltLabels.Select(l => l.Text)).Append(concept.Code))
        {
            var labelWords = Words(label);
            if (_words.All(w => labelWords.Any(l => l.StartsWith(w, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(Fold(c));
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Lower-case ASCII letters and digits stay; Latin letters with diacritics lose them; everything else separates words.
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
