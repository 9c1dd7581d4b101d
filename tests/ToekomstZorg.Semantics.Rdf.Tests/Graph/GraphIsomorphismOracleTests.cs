using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

/// <summary>Random small graphs judged against brute force over every blank-node bijection.</summary>
public sealed class GraphIsomorphismOracleTests
{
    private static readonly Iri[] Predicates = [new("http://e/p"), new("http://e/q")];
    private static readonly RdfTerm[] Ground = [new Iri("http://e/x"), new Literal("1")];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AreIsomorphic_RandomGraphPair_AgreesWithBruteForce(int seed)
    {
        var random = new Random(seed);
        var nodes = 1 + random.Next(6);
        var a = RandomGraph(random, nodes, 1 + random.Next(10));
        var b = Relabel(random, a);
        if (random.Next(2) == 0)
        {
            // Change one triple: often no longer isomorphic, sometimes still (symmetry); the oracle decides.
            var i = random.Next(b.Count);
            b[i] = new Triple(b[i].Subject, Predicates[random.Next(2)], random.Next(2) == 0 ? Ground[random.Next(2)] : b[random.Next(b.Count)].Subject);
        }

        var expected = BruteForce(a, b);

        GraphIsomorphism.AreIsomorphic(a, b).Should().Be(expected, "seed {0}:\n{1}\nvs\n{2}", seed, string.Join('\n', a), string.Join('\n', b));
        GraphIsomorphism.AreIsomorphic(b, a).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AreIsomorphic_RandomPermutationGraphs_AgreeWithBruteForce(int seed)
    {
        // Every node has one p-edge out and one in: colour refinement learns nothing, the search decides
        // (isomorphic exactly when the two permutations have the same cycle lengths).
        var random = new Random(seed);
        var nodes = 2 + random.Next(6);
        var a = PermutationGraph(random, nodes, "a");
        var b = PermutationGraph(random, nodes, "b");

        GraphIsomorphism.AreIsomorphic(a, b).Should().Be(BruteForce(a, b), "seed {0}", seed);
    }

    private static List<Triple> PermutationGraph(Random random, int nodes, string prefix)
    {
        var targets = Enumerable.Range(0, nodes).OrderBy(_ => random.Next()).ToArray();
        return [.. Enumerable.Range(0, nodes).Select(i => new Triple(new BlankNode(prefix + i), Predicates[0], new BlankNode(prefix + targets[i])))];
    }

    private static List<Triple> RandomGraph(Random random, int nodes, int triples)
    {
        var graph = new List<Triple>();
        for (var i = 0; i < triples; i++)
        {
            RdfTerm subject = random.Next(5) == 0 ? new Iri("http://e/s") : new BlankNode("n" + random.Next(nodes));
            RdfTerm @object = random.Next(3) == 0 ? Ground[random.Next(2)] : new BlankNode("n" + random.Next(nodes));
            graph.Add(new Triple(subject, Predicates[random.Next(2)], @object));
        }

        return graph;
    }

    private static List<Triple> Relabel(Random random, List<Triple> graph)
    {
        var labels = graph.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().ToList();
        var shuffled = labels.OrderBy(_ => random.Next()).ToList();
        var map = labels.Select((l, i) => (l, (RdfTerm)new BlankNode("m" + shuffled[i].Label))).ToDictionary(x => (RdfTerm)x.l, x => x.Item2);
        RdfTerm Map(RdfTerm t) => map.TryGetValue(t, out var m) ? m : t;
        return [.. graph.Select(t => new Triple(Map(t.Subject), t.Predicate, Map(t.Object))).OrderBy(_ => random.Next())];
    }

    private static bool BruteForce(List<Triple> a, List<Triple> b)
    {
        var setA = a.ToHashSet();
        var setB = b.ToHashSet();
        var nodesA = setA.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().ToList();
        var nodesB = setB.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().ToList();
        if (setA.Count != setB.Count || nodesA.Count != nodesB.Count)
        {
            return false;
        }

        foreach (var permutation in Permutations(nodesB))
        {
            var map = nodesA.Zip(permutation).ToDictionary(x => (RdfTerm)x.First, x => (RdfTerm)x.Second);
            RdfTerm Map(RdfTerm t) => map.TryGetValue(t, out var m) ? m : t;
            if (setA.All(t => setB.Contains(new Triple(Map(t.Subject), t.Predicate, Map(t.Object)))))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<List<BlankNode>> Permutations(List<BlankNode> items)
    {
        if (items.Count <= 1)
        {
            yield return [.. items];
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
