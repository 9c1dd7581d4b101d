using System.Runtime.CompilerServices;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// For every trigram (three consecutive characters of a folded label) the labels that contain it, as one posting array
/// (compressed rows: <c>_starts[id]</c> to <c>_starts[id + 1]</c>, label indexes ascending, each label once). Every label
/// that contains a text of three or more characters is in the posting list of each of the text's trigrams, so the
/// shortest of those lists is a complete candidate set for a substring search.
/// </summary>
internal sealed class TrigramIndex
{
    /// <summary>The shortest text the index can answer for.</summary>
    public const int Length = 3;

    // Folded text is mostly a-z, 0-9 and space: a trigram of those 37 characters finds its id (plus one) in a flat table,
    // any other in the dictionary. Numbering every trigram of a 350 000-label vocabulary twice is then array reads.
    private const int Alphabet = 37;

    private readonly int[] _small = new int[Alphabet * Alphabet * Alphabet];
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly int[] _starts;
    private readonly int[] _postings;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per load, over every label: no tier-0 pass
    public TrigramIndex(string[] labels)
    {
        // Pass 1: number the trigrams and count the labels per trigram; `last` keeps a label from counting twice.
        var counts = new int[1024];
        var last = new int[1024];
        var trigrams = 0;
        for (var label = 0; label < labels.Length; label++)
        {
            TextPrefetch.Of(labels, label + TextPrefetch.Distance); // sorted: the texts lie anywhere in memory
            var text = labels[label];
            for (var walk = new Walk(text); walk.MoveNext();)
            {
                var id = Find(text, walk.Index, walk.A, walk.B, walk.C);
                if (id < 0)
                {
                    id = Add(text, walk.Index, walk.A, walk.B, walk.C, trigrams++);
                    if (id == counts.Length)
                    {
                        Array.Resize(ref counts, 2 * counts.Length);
                        Array.Resize(ref last, 2 * last.Length);
                    }

                    last[id] = -1;
                }

                if (last[id] != label)
                {
                    last[id] = label;
                    counts[id]++;
                }
            }
        }

        _starts = new int[trigrams + 1];
        for (var id = 0; id < trigrams; id++)
        {
            _starts[id + 1] = _starts[id] + counts[id];
        }

        // Pass 2: fill the rows in label order; `counts` becomes each row's next free place.
        _postings = new int[_starts[^1]];
        var next = counts;
        _starts.AsSpan(0, trigrams).CopyTo(next);
        last.AsSpan(0, trigrams).Fill(-1);
        for (var label = 0; label < labels.Length; label++)
        {
            TextPrefetch.Of(labels, label + TextPrefetch.Distance); // sorted: the texts lie anywhere in memory
            var text = labels[label];
            for (var walk = new Walk(text); walk.MoveNext();)
            {
                var id = Find(text, walk.Index, walk.A, walk.B, walk.C);
                if (last[id] != label)
                {
                    last[id] = label;
                    _postings[next[id]++] = label;
                }
            }
        }
    }

    /// <summary>
    /// Labels that may contain <paramref name="text"/> (folded, at least <see cref="Length"/> characters), ascending:
    /// the shortest posting list of its trigrams. Empty when one of its trigrams occurs in no label.
    /// </summary>
    public ReadOnlySpan<int> Candidates(string text)
    {
        var shortest = ReadOnlySpan<int>.Empty;
        for (var walk = new Walk(text); walk.MoveNext();)
        {
            var id = Find(text, walk.Index, walk.A, walk.B, walk.C);
            if (id < 0)
            {
                return [];
            }

            var postings = _postings.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);
            if (walk.Index == 0 || postings.Length < shortest.Length)
            {
                shortest = postings;
            }
        }

        return shortest;
    }

    // The id of the trigram at index whose letters (Letter of each character) are a, b and c; or -1.
    private int Find(string text, int index, int a, int b, int c)
    {
        if ((a | b | c) >= 0)
        {
            return _small[(((a * Alphabet) + b) * Alphabet) + c] - 1;
        }

        return _ids.TryGetValue(Pack(text, index), out var id) ? id : -1;
    }

    private int Add(string text, int index, int a, int b, int c, int id)
    {
        if ((a | b | c) >= 0)
        {
            _small[(((a * Alphabet) + b) * Alphabet) + c] = id + 1;
        }
        else
        {
            _ids.Add(Pack(text, index), id);
        }

        return id;
    }

    // The trigrams of a text from left to right, each with its start and the Letter of its three characters: each
    // character is classified once (the trigram at i reuses the letters of the one at i - 1).
    private ref struct Walk(string text)
    {
        private int _next = Length - 1;

        public int Index { get; private set; }

        public int A { get; private set; }

        public int B { get; private set; } = text.Length >= Length ? Letter(text[0]) : 0;

        public int C { get; private set; } = text.Length >= Length ? Letter(text[1]) : 0;

        public bool MoveNext()
        {
            if (_next >= text.Length)
            {
                return false;
            }

            (A, B, C) = (B, C, Letter(text[_next]));
            Index = _next++ - (Length - 1);
            return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per character of every label (not inlined otherwise)
    private static int Letter(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        ' ' => 36,
        _ => -1,
    };

    private static ulong Pack(string text, int index) => ((ulong)text[index] << 32) | ((ulong)text[index + 1] << 16) | text[index + 2];
}
