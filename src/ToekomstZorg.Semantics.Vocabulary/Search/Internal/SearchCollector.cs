using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// The best match per concept of one search, under the query's scheme and language filter. A concept offered twice
/// keeps the lower rank, then the shorter label (the label closest to the query).
/// </summary>
internal sealed class SearchCollector(SearchQuery query, HashSet<ConceptScheme>? schemes)
{
    private readonly Dictionary<Concept, Candidate> _best = [];

    /// <summary>Whether a page of results is found: the matches of weaker kinds cannot enter it any more.</summary>
    public bool IsFull => _best.Count >= query.Limit;

    /// <summary>Lower is better: the match kind first, then preferred before alternative before hidden.</summary>
    public static int Rank(SearchMatchKind kind, ConceptLabel? label) => ((int)kind * 3) + (int)(label?.Kind ?? LabelKind.Preferred);

    /// <summary>Offers a match; <paramref name="label"/> is null for a code match, <paramref name="length"/> is the folded length of what matched.</summary>
    public void Offer(Concept concept, ConceptLabel? label, SearchMatchKind kind, int length)
    {
        if ((schemes is not null && !schemes.Contains(concept.Scheme))
            || (label is not null && query.Language is not null && label.Language.Length > 0 && label.Language != query.Language))
        {
            return;
        }

        var rank = Rank(kind, label);
        if (!_best.TryGetValue(concept, out var current) || rank < current.Rank || (rank == current.Rank && length < current.Length))
        {
            _best[concept] = new Candidate(rank, length, label, kind);
        }
    }

    /// <summary>The page: by rank, then label length, then scheme key and code (so equal matches list stably).</summary>
    public IReadOnlyList<SearchHit> Results() => _best
        .OrderBy(b => b.Value.Rank).ThenBy(b => b.Value.Length)
        .ThenBy(b => b.Key.Scheme.Key, StringComparer.Ordinal).ThenBy(b => b.Key.Code, StringComparer.Ordinal)
        .Take(query.Limit)
        .Select(b => new SearchHit(b.Key, b.Value.Label, b.Value.Kind, b.Value.Rank))
        .ToArray();

    private readonly record struct Candidate(int Rank, int Length, ConceptLabel? Label, SearchMatchKind Kind);
}
