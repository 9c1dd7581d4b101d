using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// Searches pref, alt and hidden labels and the codes, case- and diacritic-insensitively (<see cref="SearchText"/>).
    /// One hit per concept, ranked by <see cref="SearchMatchKind"/> (whole label, code, label prefix, word prefix, every
    /// word of the query starting a word of the label, text inside the label), then preferred before alternative before
    /// hidden, then shorter labels first. Text inside a label needs at least three characters.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _search.Value.Search(query, this);
    }
}
