namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// Searches a bijection between the blank nodes of two encoded graphs: colour refinement of their
/// disjoint union, then individualisation of one tied pair at a time with backtracking on an explicit
/// stack; every candidate mapping is verified against the triples.
/// </summary>
internal sealed class BlankNodeMatcher
{
    private readonly EncodedGraph _a;
    private readonly EncodedGraph _b;
    private readonly UnionGraph _union;

    public BlankNodeMatcher(EncodedGraph a, EncodedGraph b)
    {
        _a = a;
        _b = b;
        _union = new UnionGraph(a, b);
    }

    /// <summary>
    /// First a greedy pass that commits to the first candidate at every tie (memory O(n); enough
    /// whenever the tied nodes are symmetric, the usual case), then a full backtracking search.
    /// </summary>
    public bool FindBijection()
    {
        var partition = ColourPartition.Create(_union);
        return IsBalanced(partition) && (SearchGreedily(partition) || SearchExhaustively(partition));
    }

    private bool SearchGreedily(ColourPartition partition)
    {
        while (true)
        {
            var mapping = TryMapping(partition, out var tied);
            if (mapping is not null)
            {
                return Verify(mapping);
            }

            var level = new SearchLevel(partition, tied, _union.CountA);
            if (!level.TryNext(out partition) || !IsBalanced(partition))
            {
                return false;
            }
        }
    }

    private bool SearchExhaustively(ColourPartition partition)
    {
        var levels = new Stack<SearchLevel>();
        while (true)
        {
            var mapping = TryMapping(partition, out var tied);
            if (mapping is not null)
            {
                if (Verify(mapping))
                {
                    return true;
                }
            }
            else
            {
                levels.Push(new SearchLevel(partition, tied, _union.CountA));
            }

            // Next candidate: the deepest level with an untried pairing that keeps the classes balanced.
            var advanced = false;
            while (!advanced && levels.Count > 0)
            {
                if (!levels.Peek().TryNext(out partition))
                {
                    levels.Pop();
                    continue;
                }

                advanced = IsBalanced(partition);
            }

            if (!advanced)
            {
                return false;
            }
        }
    }

    // A bijection must map each class of A's nodes onto a class of B's nodes of the same size.
    private bool IsBalanced(ColourPartition partition)
    {
        for (var c = 0; c < partition.ClassCount; c++)
        {
            var fromA = 0;
            for (var i = partition.Start(c); i < partition.End(c); i++)
            {
                fromA += partition.NodeAt(i) < _union.CountA ? 1 : 0;
            }

            if (fromA * 2 != partition.End(c) - partition.Start(c))
            {
                return false;
            }
        }

        return true;
    }

    // A mapping when every class is one pair, or consists of nodes without edges to other blank
    // nodes (such nodes are fixed by their ground neighbourhood and pair freely); otherwise null and
    // the smallest class that still needs a choice.
    private int[]? TryMapping(ColourPartition partition, out int tied)
    {
        var mapping = new int[_union.CountA];
        tied = -1;
        var tiedSize = int.MaxValue;
        for (var c = 0; c < partition.ClassCount; c++)
        {
            var start = partition.Start(c);
            var size = partition.End(c) - start;
            var free = true;
            for (var i = start; i < partition.End(c) && free && size > 2; i++)
            {
                free = _union.IsIsolated(partition.NodeAt(i));
            }

            if (!free)
            {
                if (size < tiedSize)
                {
                    tied = c;
                    tiedSize = size;
                }

                continue;
            }

            var fromB = start;
            for (var i = start; i < partition.End(c); i++)
            {
                var a = partition.NodeAt(i);
                if (a >= _union.CountA)
                {
                    continue;
                }

                while (partition.NodeAt(fromB) < _union.CountA)
                {
                    fromB++;
                }

                mapping[a] = partition.NodeAt(fromB++) - _union.CountA;
            }
        }

        return tied < 0 ? mapping : null;
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
}
