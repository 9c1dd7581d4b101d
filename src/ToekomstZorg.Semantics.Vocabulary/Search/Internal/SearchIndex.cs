using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// Every label, normalized, in one array sorted ordinally, and every word-suffix of it ("vroegtijdige zorgplanning" is
/// also found as "zorgplanning") in a second: a prefix query is a binary search and a scan of the matching range.
/// Exact matches sort first in a range, so they are always found; for a very short prefix that matches tens of
/// thousands of labels the scan stops after <see cref="ScanBudget"/> entries (results stay ranked, but among a sample).
/// </summary>
internal sealed class SearchIndex
{
    private const int ScanBudget = 2048;

    private readonly string[] _keys;
    private readonly Entry[] _entries;
    private readonly string[] _wordKeys;
    private readonly Entry[] _wordEntries;

    public SearchIndex(IEnumerable<ConceptScheme> schemes)
    {
        var items = new List<(string Key, Entry Entry)>();
        var words = new List<(string Key, Entry Entry)>();
        foreach (var concept in schemes.SelectMany(s => s.Concepts))
        {
            foreach (var label in concept.Labels)
            {
                var normalized = LabelNormalizer.Normalize(label.Text);
                if (normalized.Length == 0)
                {
                    continue;
                }

                items.Add((normalized, new Entry(concept, label, WholeLabel: true, normalized.Length)));
                for (var i = normalized.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = normalized.IndexOf(' ', i + 1))
                {
                    words.Add((normalized[(i + 1)..], new Entry(concept, label, WholeLabel: false, normalized.Length)));
                }
            }
        }

        (_keys, _entries) = Sorted(items);
        (_wordKeys, _wordEntries) = Sorted(words);
    }

    private static (string[] Keys, Entry[] Entries) Sorted(List<(string Key, Entry Entry)> items)
    {
        var keys = items.Select(i => i.Key).ToArray();
        var entries = items.Select(i => i.Entry).ToArray();
        Array.Sort(keys, entries, StringComparer.Ordinal);
        return (keys, entries);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query, VocabularySnapshot snapshot)
    {
        var text = LabelNormalizer.Normalize(query.Text);
        if (text.Length == 0 || query.Limit <= 0)
        {
            return [];
        }

        HashSet<ConceptScheme>? schemes = null;
        if (query.Schemes is { Count: > 0 })
        {
            schemes = [];
            foreach (var key in query.Schemes)
            {
                if (snapshot.TryGetScheme(key, out var scheme))
                {
                    schemes.Add(scheme);
                }
            }
        }

        var best = new Dictionary<Concept, (int Rank, int Length, Entry Entry, SearchMatchKind Kind)>();
        Scan(_keys, _entries, text, query, schemes, best);
        if (best.Count < query.Limit)
        {
            // A word inside a label ranks below any whole-label match: only needed when those do not fill the page.
            Scan(_wordKeys, _wordEntries, text, query, schemes, best);
        }

        return best
            .OrderBy(b => b.Value.Rank).ThenBy(b => b.Value.Length).ThenBy(b => b.Key.Scheme.Key, StringComparer.Ordinal).ThenBy(b => b.Key.Code, StringComparer.Ordinal)
            .Take(query.Limit)
            .Select(b => new SearchHit(b.Key, b.Value.Entry.Label, b.Value.Kind, b.Value.Rank))
            .ToArray();
    }

    private static void Scan(
        string[] keys, Entry[] entries, string text, SearchQuery query, HashSet<ConceptScheme>? schemes,
        Dictionary<Concept, (int Rank, int Length, Entry Entry, SearchMatchKind Kind)> best)
    {
        var end = Math.Min(keys.Length, LowerBound(keys, text) + ScanBudget);
        for (var i = LowerBound(keys, text); i < end && keys[i].StartsWith(text, StringComparison.Ordinal); i++)
        {
            var entry = entries[i];
            if ((schemes is not null && !schemes.Contains(entry.Concept.Scheme))
                || (query.Language is not null && entry.Label.Language.Length > 0 && entry.Label.Language != query.Language))
            {
                continue;
            }

            var kind = !entry.WholeLabel ? SearchMatchKind.WordPrefix
                : keys[i].Length == text.Length ? SearchMatchKind.ExactLabel : SearchMatchKind.LabelPrefix;
            var rank = ((int)kind * 3) + (int)entry.Label.Kind;
            if (!best.TryGetValue(entry.Concept, out var current) || rank < current.Rank || (rank == current.Rank && entry.Length < current.Length))
            {
                best[entry.Concept] = (rank, entry.Length, entry, kind);
            }
        }
    }

    private static int LowerBound(string[] keys, string text)
    {
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(keys[mid], text) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private readonly record struct Entry(Concept Concept, ConceptLabel Label, bool WholeLabel, int Length);
}
