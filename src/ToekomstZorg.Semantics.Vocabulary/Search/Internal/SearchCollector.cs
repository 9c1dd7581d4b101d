using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// The best match per concept of one search, under the query's scheme and language filter. A concept offered twice
/// keeps the lower rank, then the shorter label (the label closest to the query).
/// </summary>
internal sealed class SearchCollector(SearchQuery query, HashSet<ConceptScheme>? schemes)
{
    private static readonly IComparer<KeyValuePair<Concept, Candidate>> WorstFirst =
        Comparer<KeyValuePair<Concept, Candidate>>.Create((a, b) => Compare(b, a));

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

    /// <summary>
    /// The page: by rank, then label length, then scheme key and code (so equal matches list stably). A scan may offer
    /// thousands of concepts for a page of twenty: the page is selected with a heap of its size, O(n log page), and
    /// only the page is sorted.
    /// </summary>
    public IReadOnlyList<SearchHit> Results()
    {
        var size = Math.Min(query.Limit, _best.Count);
        var worstFirst = new PriorityQueue<KeyValuePair<Concept, Candidate>, KeyValuePair<Concept, Candidate>>(size + 1, WorstFirst);
        foreach (var pair in _best)
        {
            if (worstFirst.Count < size)
            {
                worstFirst.Enqueue(pair, pair);
            }
            else if (size > 0 && Compare(pair, worstFirst.Peek()) < 0)
            {
                worstFirst.DequeueEnqueue(pair, pair);
            }
        }

        var page = new SearchHit[worstFirst.Count];
        for (var i = page.Length - 1; i >= 0; i--)
        {
            var (concept, candidate) = worstFirst.Dequeue();
            page[i] = new SearchHit(concept, candidate.Label, candidate.Kind, candidate.Rank);
        }

        return page;
    }

    private static int Compare(KeyValuePair<Concept, Candidate> a, KeyValuePair<Concept, Candidate> b)
    {
        var order = a.Value.Rank.CompareTo(b.Value.Rank);
        if (order == 0)
        {
            order = a.Value.Length.CompareTo(b.Value.Length);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Key.Scheme.Key, b.Key.Scheme.Key);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Key.Code, b.Key.Code);
    }

    private readonly record struct Candidate(int Rank, int Length, ConceptLabel? Label, SearchMatchKind Kind);
}
