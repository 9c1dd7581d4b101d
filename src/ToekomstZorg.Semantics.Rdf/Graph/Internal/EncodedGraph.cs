using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// The non-ground triples of one graph as integers: blank nodes are 0..n-1 (stored as -(id+1)),
/// other terms are ids from a dictionary shared by the two graphs being compared.
/// </summary>
internal sealed class EncodedGraph
{
    private readonly Dictionary<RdfTerm, int> _groundTerms;
    private readonly Dictionary<BlankNode, int> _blankNodes = [];
    private readonly List<(int Subject, int Predicate, int Object)> _triples = [];
    private HashSet<(int, int, int)>? _tripleSet;

    public EncodedGraph(Dictionary<RdfTerm, int> groundTerms) => _groundTerms = groundTerms;

    public int BlankNodeCount => _blankNodes.Count;

    public int TripleCount => _triples.Count;

    public List<(int Subject, int Predicate, int Object)> Triples => _triples;

    public static bool IsBlankNode(int code) => code < 0;

    public static int BlankNodeId(int code) => -code - 1;

    public void Add(Triple triple) => _triples.Add((Encode(triple.Subject), Encode(triple.Predicate), Encode(triple.Object)));

    public bool Contains((int, int, int) triple)
    {
        _tripleSet ??= [.. _triples];
        return _tripleSet.Contains(triple);
    }

    private int Encode(RdfTerm term)
    {
        if (term is BlankNode blankNode)
        {
            if (!_blankNodes.TryGetValue(blankNode, out var id))
            {
                id = _blankNodes.Count;
                _blankNodes.Add(blankNode, id);
            }

            return -id - 1;
        }

        if (!_groundTerms.TryGetValue(term, out var code))
        {
            code = _groundTerms.Count;
            _groundTerms.Add(term, code);
        }

        return code;
    }
}
