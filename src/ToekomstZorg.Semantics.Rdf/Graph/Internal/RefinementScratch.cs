namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>Buffers one refinement step needs, shared by all copies of a partition (only one refines at a time).</summary>
internal sealed class RefinementScratch
{
    private int[] _touchedArray;

    public RefinementScratch(int nodeCount)
    {
        Accumulated = new ulong[nodeCount];
        Marked = new bool[nodeCount];
        SortKeys = new ulong[nodeCount];
        ClassKeys = new int[nodeCount];
        _touchedArray = new int[nodeCount];
    }

    /// <summary>Per node, the hashed multiset of edge labels into the current splitter.</summary>
    public ulong[] Accumulated { get; }

    /// <summary>Per node, whether it is in <see cref="Touched"/>.</summary>
    public bool[] Marked { get; }

    public List<int> Touched { get; } = [];

    public ulong[] SortKeys { get; }

    public int[] ClassKeys { get; }

    public int[] TouchedArray(List<int> touched)
    {
        touched.CopyTo(_touchedArray);
        return _touchedArray;
    }
}
