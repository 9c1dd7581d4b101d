using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.Internal;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The text filter of ValueSet/$expand: every word of the filter must start a word of one label (preferred or
/// alternative, any language) or of the code, ignoring case and diacritics ("zorgcoord" finds "zorgcoördinatie").
/// </summary>
internal sealed class LabelFilter
{
    private readonly string[] _words;

    public LabelFilter(string filter) => _words = TextFolding.Words(filter);

    public bool IsEmpty => _words.Length == 0;

    public bool Matches(ExportConcept concept)
    {
        if (_words.Length == 0)
        {
            return true;
        }

        foreach (var label in concept.PrefLabels.Values.Concat(concept.AltLabels.Select(l => l.Text)).Append(concept.Code))
        {
            var labelWords = TextFolding.Words(label);
            if (_words.All(w => labelWords.Any(l => l.StartsWith(w, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
