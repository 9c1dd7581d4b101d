using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Vocabulary.Terminology.Internal;

/// <summary>
/// The text filter of an expansion: every word of the filter must start a word of one label (preferred or alternative,
/// any language; hidden labels are for search only) or of the code, folded as Search folds (<see cref="SearchText"/>:
/// case and diacritics ignored, "zorgcoord" finds "zorgcoördinatie").
/// </summary>
internal sealed class LabelFilter
{
    private readonly string[] _words;

    public LabelFilter(string filter) => _words = SearchText.Words(filter);

    public bool Matches(Concept concept)
    {
        if (_words.Length == 0 || SearchText.EveryWordStartsAWord(_words, SearchText.Fold(concept.Code)))
        {
            return true;
        }

        foreach (var label in concept.Labels)
        {
            if (label.Kind != LabelKind.Hidden && SearchText.EveryWordStartsAWord(_words, SearchText.Fold(label.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
