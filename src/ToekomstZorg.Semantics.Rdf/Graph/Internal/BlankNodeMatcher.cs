namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// Searches a bijection between the blank nodes of two encoded graphs by colour refinement,
/// individualisation and backtracking (explicit stack: the depth of the search never reaches the call stack).
/// </summary>
internal sealed class BlankNodeMatcher
{
    private const ulong SelfMarker = 0x5E1F_5E1F_5E1F_5E1FUL;

    private readonly EncodedGraph _a;
    private readonly EncodedGraph _b;
    private readonly bool[] _touchesA;
    private readonly bool[] _touchesB;

    public BlankNodeMatcher(EncodedGraph a, EncodedGraph b)
    {
        _a = a;
        _b = b;
        _touchesA = a.TouchesOtherBlankNodes();
        _touchesB = b.TouchesOtherBlankNodes();
    }

    /// <summary>
    /// First a greedy pass that commits to the first candidate at every tie (memory O(n); enough
    /// whenever the tied nodes are symmetric, the usual case), then a full backtracking search.
    /// </summary>
    public bool FindBijection()
    {
        var coloursA = new ulong[_a.BlankNodeCount];
        var coloursB = new ulong[_b.BlankNodeCount];
        if (!Refine(ref coloursA, ref coloursB))
        {
            return false;
        }

        return SearchGreedily(coloursA, coloursB) || SearchExhaustively(coloursA, coloursB);
    }

    private bool SearchGreedily(ulong[] coloursA, ulong[] coloursB)
    {
        for (var depth = 0; ; depth++)
        {
            var mapping = TryMapping(coloursA, coloursB, out var tiedColour);
            if (mapping is not null)
            {
                return Verify(mapping);
            }

            var level = new SearchLevel(coloursA, coloursB, tiedColour, depth);
            if (!level.TryNextPairing(out coloursA, out coloursB) || !Refine(ref coloursA, ref coloursB))
            {
                return false;
            }
        }
    }

    private bool SearchExhaustively(ulong[] coloursA, ulong[] coloursB)
    {
        var levels = new Stack<SearchLevel>();
        while (true)
        {
            var mapping = TryMapping(coloursA, coloursB, out var tiedColour);
            if (mapping is not null)
            {
                if (Verify(mapping))
                {
                    return true;
                }
            }
            else
            {
                levels.Push(new SearchLevel(coloursA, coloursB, tiedColour, levels.Count));
            }

            // Next candidate: the deepest level with an untried pairing whose refinement stays balanced.
            var advanced = false;
            while (!advanced && levels.Count > 0)
            {
                var level = levels.Peek();
                if (!level.TryNextPairing(out coloursA, out coloursB))
                {
                    levels.Pop();
                    continue;
                }

                advanced = Refine(ref coloursA, ref coloursB);
            }

            if (!advanced)
            {
                return false;
            }
        }
    }

    // Refines both colourings in lock step until the number of colours stops growing;
    // false as soon as the colour histograms differ (no bijection respects the colours).
    private bool Refine(ref ulong[] coloursA, ref ulong[] coloursB)
    {
        if (!SameHistogram(coloursA, coloursB))
        {
            return false;
        }

        var count = DistinctCount(coloursA);
        while (true)
        {
            coloursA = RefineOnce(_a, coloursA);
            coloursB = RefineOnce(_b, coloursB);
            if (!SameHistogram(coloursA, coloursB))
            {
                return false;
            }

            var refined = DistinctCount(coloursA);
            if (refined == count)
            {
                return true;
            }

            count = refined;
        }
    }

    // A blank node's new colour hashes its old colour with the multiset of its triples,
    // the other blank node of each triple seen through its current colour.
    private static ulong[] RefineOnce(EncodedGraph graph, ulong[] colours)
    {
        var sums = new ulong[colours.Length];
        foreach (var (s, p, o) in graph.Triples)
        {
            var predicate = Mix((ulong)p + 0x1000);
            if (EncodedGraph.IsBlankNode(s))
            {
                var other = s == o ? SelfMarker : Value(o, colours);
                sums[EncodedGraph.BlankNodeId(s)] += Mix(Mix(predicate ^ 0x51) + other);
            }

            if (EncodedGraph.IsBlankNode(o))
            {
                var other = s == o ? SelfMarker : Value(s, colours);
                sums[EncodedGraph.BlankNodeId(o)] += Mix(Mix(predicate ^ 0x0B) + other);
            }
        }

        var refined = new ulong[colours.Length];
        for (var i = 0; i < refined.Length; i++)
        {
            refined[i] = Mix(colours[i] * 31 + sums[i]);
        }

        return refined;
    }

    private static ulong Value(int code, ulong[] colours) =>
        EncodedGraph.IsBlankNode(code) ? colours[EncodedGraph.BlankNodeId(code)] : Mix((ulong)code * 0x9E3779B97F4A7C15UL);

    // A mapping when every colour class is a single node or consists of interchangeable nodes that
    // touch no other blank node (such nodes are determined by their colour and can be paired freely);
    // otherwise null and the colour of the smallest tied class to individualise.
    private int[]? TryMapping(ulong[] coloursA, ulong[] coloursB, out ulong tiedColour)
    {
        var classesA = Classes(coloursA);
        var classesB = Classes(coloursB);
        var mapping = new int[coloursA.Length];
        tiedColour = 0;
        var tiedSize = int.MaxValue;
        foreach (var (colour, membersA) in classesA)
        {
            var membersB = classesB[colour];
            if (membersA.Count == 1)
            {
                mapping[membersA[0]] = membersB[0];
                continue;
            }

            var free = true;
            foreach (var member in membersA)
            {
                free &= !_touchesA[member];
            }

            foreach (var member in membersB)
            {
                free &= !_touchesB[member];
            }

            if (free)
            {
                for (var i = 0; i < membersA.Count; i++)
                {
                    mapping[membersA[i]] = membersB[i];
                }
            }
            else if (membersA.Count < tiedSize || (membersA.Count == tiedSize && colour < tiedColour))
            {
                tiedSize = membersA.Count;
                tiedColour = colour;
            }
        }

        return tiedSize == int.MaxValue ? mapping : null;
    }

    private bool Verify(int[] mapping)
    {
        foreach (var (s, p, o) in _a.Triples)
        {
            if (!_b.Contains((MapCode(s, mapping), p, MapCode(o, mapping))))
            {
                return false;
            }
        }

        return true;
    }

    private static int MapCode(int code, int[] mapping) =>
        EncodedGraph.IsBlankNode(code) ? -mapping[EncodedGraph.BlankNodeId(code)] - 1 : code;

    private static Dictionary<ulong, List<int>> Classes(ulong[] colours)
    {
        var classes = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < colours.Length; i++)
        {
            if (!classes.TryGetValue(colours[i], out var members))
            {
                members = [];
                classes.Add(colours[i], members);
            }

            members.Add(i);
        }

        return classes;
    }

    private static bool SameHistogram(ulong[] a, ulong[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var sortedA = (ulong[])a.Clone();
        var sortedB = (ulong[])b.Clone();
        Array.Sort(sortedA);
        Array.Sort(sortedB);
        return sortedA.AsSpan().SequenceEqual(sortedB);
    }

    private static int DistinctCount(ulong[] colours) => new HashSet<ulong>(colours).Count;

    // SplitMix64 finaliser.
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
