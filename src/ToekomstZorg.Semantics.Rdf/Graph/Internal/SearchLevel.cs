namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>One choice point: a node of the tied class in A and the untried nodes of that class in B.</summary>
internal sealed class SearchLevel
{
    private readonly ulong[] _coloursA;
    private readonly ulong[] _coloursB;
    private readonly int _node;
    private readonly List<int> _candidates = [];
    private readonly ulong _individual;
    private int _next;

    public SearchLevel(ulong[] coloursA, ulong[] coloursB, ulong tiedColour, int depth)
    {
        _coloursA = coloursA;
        _coloursB = coloursB;
        _node = Array.IndexOf(coloursA, tiedColour);
        for (var i = 0; i < coloursB.Length; i++)
        {
            if (coloursB[i] == tiedColour)
            {
                _candidates.Add(i);
            }
        }

        _individual = BlankNodeMatcher.Mix(tiedColour ^ BlankNodeMatcher.Mix((ulong)depth + 0xC0FFEE));
    }

    public bool TryNextPairing(out ulong[] coloursA, out ulong[] coloursB)
    {
        if (_next == _candidates.Count)
        {
            coloursA = coloursB = [];
            return false;
        }

        coloursA = (ulong[])_coloursA.Clone();
        coloursB = (ulong[])_coloursB.Clone();
        coloursA[_node] = _individual;
        coloursB[_candidates[_next++]] = _individual;
        return true;
    }
}
