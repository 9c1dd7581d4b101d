using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// The search structures of one snapshot, all over folded text (<see cref="LabelNormalizer"/>):
/// every label in one array sorted ordinally and every word-suffix of it ("vroegtijdige zorgplanning" is also found as
/// "zorgplanning") in a second, so a prefix query is a binary search and a scan of the matching range; the codes by
/// folded code; and a <see cref="TrigramIndex"/> over the labels for text inside a label.
/// A search runs the match kinds strongest first and stops once a page is full, since a weaker kind cannot outrank
/// what is found. Exact matches sort first in a range, so they are always found; where a prefix or a trigram matches
/// tens of thousands of labels the scan stops after <see cref="ScanBudget"/> entries (results stay ranked, but among a
/// sample), which bounds the latency of every query.
/// </summary>
internal sealed class SearchIndex
{
    private const int ScanBudget = 2048;

    private readonly string[] _keys;
    private readonly Entry[] _entries;
    private readonly string[] _wordKeys;
    private readonly Entry[] _wordEntries;
    private readonly Dictionary<string, Concept[]> _codes;
    private readonly TrigramIndex _inside;

    public SearchIndex(IEnumerable<ConceptScheme> schemes)
    {
        var items = new List<(string Key, Entry Entry)>();
        var words = new List<(string Key, Entry Entry)>();
        var codes = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        foreach (var concept in schemes.SelectMany(s => s.Concepts))
        {
            var code = LabelNormalizer.Normalize(concept.Code);
            if (code.Length > 0)
            {
                if (!codes.TryGetValue(code, out var sameCode))
                {
                    codes[code] = sameCode = [];
                }

                sameCode.Add(concept);
            }

            foreach (var label in concept.Labels)
            {
                var normalized = LabelNormalizer.Normalize(label.Text);
                if (normalized.Length == 0)
                {
                    continue;
                }

                var entry = new Entry(concept, label, WholeLabel: true, normalized);
                items.Add((normalized, entry));
                for (var i = normalized.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = normalized.IndexOf(' ', i + 1))
                {
                    words.Add((normalized[(i + 1)..], entry with { WholeLabel = false }));
                }
            }
        }

        (_keys, _entries) = Sorted(items);
        (_wordKeys, _wordEntries) = Sorted(words);
        _codes = codes.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal);
        _inside = new TrigramIndex(_keys);
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

        var hits = new SearchCollector(query, schemes);
        if (_codes.TryGetValue(text, out var coded))
        {
            foreach (var concept in coded)
            {
                hits.Offer(concept, null, SearchMatchKind.Code, text.Length);
            }
        }

        ScanPrefixes(_keys, _entries, text, hits);
        if (!hits.IsFull)
        {
            ScanPrefixes(_wordKeys, _wordEntries, text, hits);
        }

        if (!hits.IsFull && text.Contains(' ', StringComparison.Ordinal))
        {
            ScanAllWords(text, hits);
        }

        if (!hits.IsFull && text.Length >= TrigramIndex.Length)
        {
            ScanInside(text, hits);
        }

        return hits.Results();
    }

    // Whole labels give ExactLabel and LabelPrefix, word-suffixes WordPrefix.
    private static void ScanPrefixes(string[] keys, Entry[] entries, string text, SearchCollector hits)
    {
        var start = LowerBound(keys, text);
        var end = Math.Min(keys.Length, start + ScanBudget);
        for (var i = start; i < end && keys[i].StartsWith(text, StringComparison.Ordinal); i++)
        {
            var entry = entries[i];
            var kind = !entry.WholeLabel ? SearchMatchKind.WordPrefix
                : keys[i].Length == text.Length ? SearchMatchKind.ExactLabel : SearchMatchKind.LabelPrefix;
            hits.Offer(entry.Concept, entry.Source, kind, entry.Label.Length);
        }
    }

    // A label with every word of the query at the start of one of its words has, in particular, a word (or its start)
    // beginning with the query's longest word: those labels are the candidates, found by prefix in both arrays.
    private void ScanAllWords(string text, SearchCollector hits)
    {
        var words = text.Split(' ');
        var longest = words.MaxBy(w => w.Length)!;
        foreach (var (keys, entries) in new[] { (_keys, _entries), (_wordKeys, _wordEntries) })
        {
            var start = LowerBound(keys, longest);
            var end = Math.Min(keys.Length, start + ScanBudget);
            for (var i = start; i < end && keys[i].StartsWith(longest, StringComparison.Ordinal); i++)
            {
                var entry = entries[i];
                if (SearchText.EveryWordStartsAWord(words, entry.Label))
                {
                    hits.Offer(entry.Concept, entry.Source, SearchMatchKind.AllWords, entry.Label.Length);
                }
            }
        }
    }

    private void ScanInside(string text, SearchCollector hits)
    {
        var candidates = _inside.Candidates(text);
        var end = Math.Min(candidates.Length, ScanBudget);
        for (var i = 0; i < end; i++)
        {
            var index = candidates[i];
            if (_keys[index].Contains(text, StringComparison.Ordinal))
            {
                var entry = _entries[index];
                hits.Offer(entry.Concept, entry.Source, SearchMatchKind.InsideLabel, entry.Label.Length);
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

    /// <param name="Concept">The concept of the label.</param>
    /// <param name="Source">The label as written.</param>
    /// <param name="WholeLabel">False for a word-suffix entry.</param>
    /// <param name="Label">The whole label, folded.</param>
    private readonly record struct Entry(Concept Concept, ConceptLabel Source, bool WholeLabel, string Label);
}
