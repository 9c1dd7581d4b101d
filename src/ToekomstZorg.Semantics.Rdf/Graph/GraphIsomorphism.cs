using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>
/// RDF graph isomorphism (RDF 1.1 Concepts §3.6): two graphs are isomorphic when a bijection between
/// their blank nodes maps one triple set onto the other. IRIs and literals compare as terms (literal
/// language tags case-insensitively). Duplicate triples in the inputs count once.
/// </summary>
/// <remarks>
/// The blank nodes of both graphs are coloured together (one partition of their disjoint union) by
/// colour refinement: classes start from each node's ground neighbourhood and are split until every
/// node of a class has, per predicate and direction, equally many neighbours in each class. Splitting
/// goes one class at a time and re-examines only the smaller parts (Hopcroft), so long chains such as
/// RDF lists refine in O(m log n) rather than one pass over all triples per link. A bijection needs
/// every class to hold as many nodes of each graph; remaining ties are broken by individualising one
/// pair at a time (greedily first, then with backtracking). Classes of nodes that touch no other
/// blank node are paired without search. Every mapping is verified against the triples, so "true" is
/// always backed by a bijection; signatures are 64-bit hashes, and only a collision (odds about
/// n²/2⁶⁴) could make the search miss one.
/// </remarks>
public static class GraphIsomorphism
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are isomorphic graphs.</summary>
    public static bool AreIsomorphic(IReadOnlyCollection<Triple> a, IReadOnlyCollection<Triple> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var setA = new HashSet<Triple>(a);
        var setB = new HashSet<Triple>(b);
        if (setA.Count != setB.Count)
        {
            return false;
        }

        var groundTerms = new Dictionary<RdfTerm, int>();
        var graphA = new EncodedGraph(groundTerms);
        var graphB = new EncodedGraph(groundTerms);
        foreach (var triple in setA)
        {
            if (IsGround(triple))
            {
                if (!setB.Contains(triple))
                {
                    return false;
                }
            }
            else
            {
                graphA.Add(triple);
            }
        }

        foreach (var triple in setB)
        {
            if (!IsGround(triple))
            {
                graphB.Add(triple);
            }
        }

        return graphA.TripleCount == graphB.TripleCount
            && graphA.BlankNodeCount == graphB.BlankNodeCount
            && new BlankNodeMatcher(graphA, graphB).FindBijection();
    }

    private static bool IsGround(Triple triple) =>
        triple.Subject.Kind != RdfTermKind.BlankNode && triple.Object.Kind != RdfTermKind.BlankNode;
}
