namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// One sorted permutation of the triples (SPO, POS or OSP): for each id of the leading term, a range of
/// (second, third) pairs packed into a ulong and sorted, so a one-term pattern is a range lookup and a
/// two-term pattern a binary search inside it. Built in O(n) by counting sort on the leading id, then
/// small per-range sorts.
/// </summary>
internal sealed class TripleIndex
{
    private readonly int[] _offsets; // range of leading id k is [_offsets[k], _offsets[k + 1]); one more entry than ids + 1
    private readonly ulong[] _pairs;

    private TripleIndex(int[] offsets, ulong[] pairs)
    {
        _offsets = offsets;
        _pairs = pairs;
    }

    public IndexOrder Order { get; private init; }

    public ulong[] Pairs => _pairs;

    public static TripleIndex Build(TripleTable triples, int termCount, IndexOrder order)
    {
        // Counting sort without a cursor array (CountingSort): each lead's count is kept one place further on,
        // so the filling pass advances offsets[k + 1] from the start of lead k to its end, which is the start of k + 1.
        var offsets = new int[termCount + 2];
        for (var slot = 0; slot < triples.SlotCount; slot++)
        {
            ref readonly var t = ref triples[slot];
            if (!t.IsRemoved)
            {
                offsets[Lead(t, order) + 2]++;
            }
        }

        CountingSort.Accumulate(offsets);
        var pairs = new ulong[triples.Count];
        for (var slot = 0; slot < triples.SlotCount; slot++)
        {
            ref readonly var t = ref triples[slot];
            if (!t.IsRemoved)
            {
                pairs[offsets[Lead(t, order) + 1]++] = Rest(t, order);
            }
        }

        for (var k = 0; k < termCount; k++)
        {
            var length = offsets[k + 1] - offsets[k];
            if (length > 1)
            {
                pairs.AsSpan(offsets[k], length).Sort();
            }
        }

        return new TripleIndex(offsets, pairs) { Order = order };
    }

    /// <summary>The index range of all pairs under a leading id.</summary>
    public (int Start, int End) Range(int lead) =>
        lead + 1 < _offsets.Length ? (_offsets[lead], _offsets[lead + 1]) : (0, 0);

    /// <summary>The index range of pairs under a leading id whose second id is <paramref name="second"/>.</summary>
    public (int Start, int End) Range(int lead, int second)
    {
        var (start, end) = Range(lead);
        var span = _pairs.AsSpan(start, end - start);
        var low = LowerBound(span, (ulong)(uint)second << 32);
        var high = LowerBound(span, ((ulong)(uint)second + 1) << 32);
        return (start + low, start + high);
    }

    /// <summary>The leading ids that have at least one triple, ascending.</summary>
    public IEnumerable<int> Leads()
    {
        for (var k = 0; k + 1 < _offsets.Length; k++)
        {
            if (_offsets[k + 1] > _offsets[k])
            {
                yield return k;
            }
        }
    }

    public static int Second(ulong pair) => (int)(pair >> 32);

    public static int Third(ulong pair) => (int)(uint)pair;

    /// <summary>Puts a (lead, second, third) back into subject, predicate, object order.</summary>
    public static TripleIds Unpermute(int lead, ulong pair, IndexOrder order)
    {
        var second = Second(pair);
        var third = Third(pair);
        return order switch
        {
            IndexOrder.Spo => new TripleIds(lead, second, third),
            IndexOrder.Pos => new TripleIds(third, lead, second),
            _ => new TripleIds(second, third, lead),
        };
    }

    private static int Lead(in TripleIds t, IndexOrder order) => order switch
    {
        IndexOrder.Spo => t.S,
        IndexOrder.Pos => t.P,
        _ => t.O,
    };

    private static ulong Rest(in TripleIds t, IndexOrder order) => order switch
    {
        IndexOrder.Spo => Pack(t.P, t.O),
        IndexOrder.Pos => Pack(t.O, t.S),
        _ => Pack(t.S, t.P),
    };

    private static ulong Pack(int second, int third) => ((ulong)(uint)second << 32) | (uint)third;

    private static int LowerBound(ReadOnlySpan<ulong> span, ulong value)
    {
        int low = 0, high = span.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (span[mid] < value)
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
}
