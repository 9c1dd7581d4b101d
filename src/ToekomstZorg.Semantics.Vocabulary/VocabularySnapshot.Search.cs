using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// Searches pref, alt and hidden labels, case- and diacritic-insensitively: whole label, label prefix and word
    /// prefix, ranked exact before prefix, preferred before alternative, whole label before a word inside it.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _search.Search(query, this);
    }
}
