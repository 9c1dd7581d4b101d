namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// The blank nodes of two graphs as one node set (A's nodes first, then B's), with what colour
/// refinement needs: each node's signature of ground neighbours and self-loops, and for each node
/// the labelled edges to other blank nodes in compressed adjacency arrays.
/// </summary>
/// <remarks>
/// Refining the disjoint union instead of the two graphs separately means class numbers are shared,
/// so "same colour" needs no canonical naming: a bijection exists only if every class holds as many
/// nodes of A as of B.
/// </remarks>
internal sealed class UnionGraph
{
    public UnionGraph(EncodedGraph a, EncodedGraph b)
    {
        CountA = a.BlankNodeCount;
        NodeCount = a.BlankNodeCount + b.BlankNodeCount;
        InitialSignature = new ulong[NodeCount];
        var degree = new int[NodeCount + 1];
        AddTriples(a, 0, degree, null);
        AddTriples(b, CountA, degree, null);

        EdgeStart = new int[NodeCount + 1];
        for (var v = 0; v < NodeCount; v++)
        {
            EdgeStart[v + 1] = EdgeStart[v] + degree[v];
        }

        EdgeLabel = new int[EdgeStart[NodeCount]];
        EdgeNeighbour = new int[EdgeStart[NodeCount]];
        var fill = (int[])EdgeStart.Clone();
        AddTriples(a, 0, null, fill);
        AddTriples(b, CountA, null, fill);
    }

    public int CountA { get; }

    public int NodeCount { get; }

    /// <summary>Per node: the multiset of (position, predicate, ground term) and self-loops, hashed.</summary>
    public ulong[] InitialSignature { get; }

    /// <summary>The edges of node v are EdgeStart[v] .. EdgeStart[v + 1].</summary>
    public int[] EdgeStart { get; }

    /// <summary>predicate * 2 + direction, as seen from the neighbour: it has this edge to v.</summary>
    public int[] EdgeLabel { get; }

    public int[] EdgeNeighbour { get; }

    public bool IsIsolated(int node) => EdgeStart[node] == EdgeStart[node + 1];

    // First pass (fill == null): signatures and degrees. Second pass: the edges themselves.
    private void AddTriples(EncodedGraph graph, int offset, int[]? degree, int[]? fill)
    {
        foreach (var (s, p, o) in graph.Triples)
        {
            var sb = EncodedGraph.IsBlankNode(s);
            var ob = EncodedGraph.IsBlankNode(o);
            var su = sb ? offset + EncodedGraph.BlankNodeId(s) : -1;
            var ou = ob ? offset + EncodedGraph.BlankNodeId(o) : -1;
            if (sb && ob && su != ou)
            {
                if (degree is not null)
                {
                    degree[su]++;
                    degree[ou]++;
                }
                else
                {
                    // s has an outgoing p-edge into o; o has an incoming p-edge from s.
                    EdgeLabel[fill![ou]] = (p * 2) + 0;
                    EdgeNeighbour[fill[ou]++] = su;
                    EdgeLabel[fill[su]] = (p * 2) + 1;
                    EdgeNeighbour[fill[su]++] = ou;
                }

                continue;
            }

            if (degree is null)
            {
                continue;
            }

            if (sb && ob)
            {
                InitialSignature[su] += ColourHash.Mix(ColourHash.Mix((ulong)p + 0x5E1F) ^ 0x77);
            }
            else if (sb)
            {
                InitialSignature[su] += ColourHash.Mix(ColourHash.Mix((ulong)p + 0x51) + ColourHash.Mix((ulong)o + 0x0B));
            }
            else
            {
                InitialSignature[ou] += ColourHash.Mix(ColourHash.Mix((ulong)p + 0x0B) + ColourHash.Mix((ulong)s + 0x51) + 1);
            }
        }
    }
}
