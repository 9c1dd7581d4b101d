namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>One choice point: the first node of A in a tied class, and the nodes of B in it still to try.</summary>
internal sealed class SearchLevel
{
    private readonly ColourPartition _partition;
    private readonly int _node;
    private readonly List<int> _candidates = [];
    private int _next;

    public SearchLevel(ColourPartition partition, int tiedClass, int countA)
    {
        _partition = partition;
        _node = -1;
        for (var i = partition.Start(tiedClass); i < partition.End(tiedClass); i++)
        {
            var v = partition.NodeAt(i);
            if (v >= countA)
            {
                _candidates.Add(v);
            }
            else if (_node < 0 || v < _node)
            {
                _node = v;
            }
        }
    }

    /// <summary>The partition with the next pairing individualised and refined; false when all were tried.</summary>
    public bool TryNext(out ColourPartition next)
    {
        if (_next == _candidates.Count)
        {
            next = _partition;
            return false;
        }

        next = _partition.Individualise(_node, _candidates[_next++]);
        return true;
    }
}
