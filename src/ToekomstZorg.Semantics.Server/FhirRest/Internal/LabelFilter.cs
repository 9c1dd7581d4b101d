using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The text filter of ValueSet/$expand and gRPC Expand: every word of the filter must start a word of one label
/// (preferred or alternative, any language) or of the code, folded as Search folds (<see cref="SearchText"/>: case and
/// diacritics ignored, "zorgcoord" finds "zorgcoördinatie").
/// </summary>
internal sealed class LabelFilter
{
    private readonly string[] _words;

    public LabelFilter(string filter) => _words = SearchText.Words(filter);

    public bool IsEmpty => _words.Length == 0;

    public bool Matches(ExportConcept concept)
    {
        if (_words.Length == 0)
        {
            return true;
        }

        foreach (var label in concept.PrefLabels.Values.Concat(concept.AltLabels.Select(l => l.Text)).Append(concept.Code))
        {
            if (SearchText.EveryWordStartsAWord(_words, SearchText.Fold(label)))
            {
                return true;
            }
        }

        return false;
    }
}
