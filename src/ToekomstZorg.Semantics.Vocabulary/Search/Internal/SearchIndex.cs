using System.Runtime.CompilerServices;
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
    // The concept of each folded code; a code that several schemes share maps to a Concept[] (rare: no array per code).
    private readonly Dictionary<string, object> _codes;
    private readonly TrigramIndex _inside;

    public SearchIndex(IReadOnlyList<ConceptScheme> schemes)
    {
        // Two passes over the labels: count, then fill the arrays in place (no list of tuples to copy from).
        int labels = 0, words = 0, concepts = 0;
        foreach (var scheme in schemes)
        {
            concepts += scheme.Concepts.Count;
            foreach (var concept in scheme.Concepts)
            {
                foreach (var folded in concept.FoldedLabels)
                {
                    if (folded.Length > 0)
                    {
                        labels++;
                        words += folded.AsSpan().Count(' ');
                    }
                }
            }
        }

        var keys = new string[labels];
        var entries = new Entry[labels];
        var wordKeys = new string[words];
        var wordEntries = new Entry[words];
        var codes = new Dictionary<string, object>(concepts, StringComparer.Ordinal);
        int label = 0, word = 0;
        foreach (var scheme in schemes)
        {
            foreach (var concept in scheme.Concepts)
            {
                AddCode(codes, concept);
                var folded = concept.FoldedLabels;
                for (var k = 0; k < folded.Length; k++)
                {
                    var normalized = folded[k];
                    if (normalized.Length == 0)
                    {
                        continue;
                    }

                    var entry = new Entry(concept, k, WholeLabel: true, normalized);
                    keys[label] = normalized;
                    entries[label++] = entry;
                    for (var i = normalized.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = normalized.IndexOf(' ', i + 1))
                    {
                        wordKeys[word] = normalized[(i + 1)..];
                        wordEntries[word++] = entry with { WholeLabel = false };
                    }
                }
            }
        }

        (_keys, _entries) = SortOrdinal(keys, entries);
        (_wordKeys, _wordEntries) = SortOrdinal(wordKeys, wordEntries);
        _codes = codes;
        _inside = new TrigramIndex(_keys);
    }

    // Sorts the keys ordinally and the entries with them, in place; equal keys keep the order they were added in (scheme, concept,
    // label), so a concept's first label wins a tie. The keys are sorted as integers (OrdinalPrefix: their first
    // eleven characters, order-preserving), a primitive sort with no comparer; keys whose integers tie are sorted by the
    // next eleven characters the same way (SortTies), not compared as strings.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per load, over every label: no tier-0 pass
    internal static (string[] Keys, T[] Entries) SortOrdinal<T>(string[] keys, T[] entries)
    {
        var packed = new ulong[keys.Length];
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            TextPrefetch.Of(keys, i + TextPrefetch.Distance);
            packed[i] = OrdinalPrefix.Pack(keys[i]);
            order[i] = i;
        }

        Array.Sort(packed, order);
        SortTies(keys, packed, order, 0, packed.Length, 0);

        // The permutation is applied in place, one cycle at a time (position j takes what was at order[j]; a visited
        // position is marked by complementing its order), rather than into sorted copies: at 350 000 concepts the
        // copies of the label and word arrays would be over 100 MB more at the load's peak.
        for (var i = 0; i < order.Length; i++)
        {
            if (order[i] < 0)
            {
                continue;
            }

            var (key, entry) = (keys[i], entries[i]);
            for (var j = i; ;)
            {
                var from = order[j];
                order[j] = ~from;
                if (from == i)
                {
                    (keys[j], entries[j]) = (key, entry);
                    break;
                }

                (keys[j], entries[j]) = (keys[from], entries[from]);
                j = from;
            }
        }

        return (keys, entries);
    }

    // Orders each run of keys in [from, to) whose integers (packed from offset) tie: keys with the same next eleven
    // characters by the eleven after them, and so on (integers again); equal keys by the order they were added in; keys
    // where a character of a class packs alike (rare in folded text) by comparing them as strings.
    private static void SortTies(string[] keys, ulong[] packed, int[] order, int from, int to, int offset)
    {
        for (var start = from; start < to;)
        {
            var end = start + 1;
            while (end < to && packed[end] == packed[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                switch (OrdinalPrefix.TieOf(packed[start]))
                {
                    case OrdinalPrefix.Tie.SameKey:
                        order.AsSpan(start, end - start).Sort();
                        break;
                    case OrdinalPrefix.Tie.SameCharacters:
                        var next = offset + OrdinalPrefix.Length;
                        for (var k = start; k < end; k++)
                        {
                            if (k + TextPrefetch.Distance < end)
                            {
                                TextPrefetch.Of(keys, order[k + TextPrefetch.Distance]);
                            }

                            packed[k] = OrdinalPrefix.Pack(keys[order[k]], next);
                        }

                        Array.Sort(packed, order, start, end - start);
                        SortTies(keys, packed, order, start, end, next);
                        break;
                    default:
                        order.AsSpan(start, end - start).Sort(new LabelOrder(keys));
                        break;
                }
            }

            start = end;
        }
    }

    // Concepts by folded code; a code shared by concepts of several schemes lists each (a small array grown by one).
    private static void AddCode(Dictionary<string, object> codes, Concept concept)
    {
        var code = LabelNormalizer.Normalize(concept.Code);
        if (code.Length == 0)
        {
            return;
        }

        ref var same = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(codes, code, out var exists);
        if (!exists)
        {
            same = concept;
        }
        else if (same is Concept[] several)
        {
            same = (Concept[])[.. several, concept];
        }
        else
        {
            same = new[] { (Concept)same!, concept };
        }
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
            foreach (var concept in coded as Concept[] ?? [(Concept)coded])
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

    // Orders the indexes of keys whose packed integers tie: ordinally, then by index.
    private readonly struct LabelOrder(string[] keys) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var order = string.CompareOrdinal(keys[x], keys[y]);
            return order != 0 ? order : x.CompareTo(y);
        }
    }

    /// <param name="Concept">The concept of the label.</param>
    /// <param name="LabelIndex">Which of the concept's labels (the label as written is <see cref="Source"/>).</param>
    /// <param name="WholeLabel">False for a word-suffix entry.</param>
    /// <param name="Label">The whole label, folded.</param>
    private readonly record struct Entry(Concept Concept, int LabelIndex, bool WholeLabel, string Label)
    {
        /// <summary>The label as written (kept as its index: an entry stays 24 bytes, and there are one per word).</summary>
        public ConceptLabel Source => Concept.Labels[LabelIndex];
    }
}
