using System.Diagnostics;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

public sealed class GraphIsomorphismTests
{
    private static readonly Iri P = new("http://e/p");
    private static readonly Iri Q = new("http://e/q");

    [Fact]
    public void AreIsomorphic_SameDocumentWithOtherLabels_IsTrue()
    {
        var a = Parse.Turtle("@prefix : <http://e/> . _:x :p _:y ; :q \"1\" . _:y :p _:x . _:z :p (1 2) .").Triples;
        var b = Parse.NTriples(
            "_:z <http://e/p> _:w .\n_:w <http://e/p> _:z .\n_:w <http://e/q> \"1\" .\n" +
            "_:l <http://e/p> _:c1 .\n_:c1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" +
            "_:c1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c2 .\n_:c2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" +
            "_:c2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n").Triples;

        GraphIsomorphism.AreIsomorphic(a, b).Should().BeTrue();
    }

    [Fact]
    public void AreIsomorphic_DifferentLiteralOrDatatype_IsFalse()
    {
        var a = new[] { new Triple(new BlankNode("a"), P, new Literal("1")) };
        var b = new[] { new Triple(new BlankNode("b"), P, new Literal("1", Vocab.XsdInteger)) };

        GraphIsomorphism.AreIsomorphic(a, b).Should().BeFalse();
    }

    [Fact]
    public void AreIsomorphic_LanguageTagsDifferingInCase_IsTrue()
    {
        var a = new[] { new Triple(new Iri("http://e/s"), P, new Literal("x", language: "nl-BE")) };
        var b = new[] { new Triple(new Iri("http://e/s"), P, new Literal("x", language: "NL-be")) };

        GraphIsomorphism.AreIsomorphic(a, b).Should().BeTrue();
    }

    [Fact]
    public void AreIsomorphic_BlankNodeVersusIri_IsFalse()
    {
        var a = new[] { new Triple(new BlankNode("a"), P, new Iri("http://e/o")) };
        var b = new[] { new Triple(new Iri("http://e/a"), P, new Iri("http://e/o")) };

        GraphIsomorphism.AreIsomorphic(a, b).Should().BeFalse();
    }

    [Fact]
    public void AreIsomorphic_MergedBlankNodes_IsFalse()
    {
        var a = new[] { new Triple(new BlankNode("a"), P, new Iri("http://e/o")), new Triple(new BlankNode("b"), Q, new Iri("http://e/o")) };
        var b = new[] { new Triple(new BlankNode("c"), P, new Iri("http://e/o")), new Triple(new BlankNode("c"), Q, new Iri("http://e/o")) };

        GraphIsomorphism.AreIsomorphic(a, b).Should().BeFalse();
    }

    [Fact]
    public void AreIsomorphic_TwoTrianglesVersusHexagon_IsFalseThoughColoursAgree()
    {
        // Every node has one p-in and one p-out edge in both graphs, so colour refinement cannot tell
        // them apart; only the search can.
        var a = Cycle("a", 3).Concat(Cycle("b", 3)).ToList();
        var b = Cycle("c", 6).ToList();

        GraphIsomorphism.AreIsomorphic(a, b).Should().BeFalse();
        GraphIsomorphism.AreIsomorphic(a, Cycle("x", 3).Concat(Cycle("y", 3)).ToList()).Should().BeTrue();
    }

    [Fact]
    public void AreIsomorphic_ThousandsOfIndistinguishableBlankNodes_IsFast()
    {
        var a = Enumerable.Range(0, 5000).Select(i => new Triple(new BlankNode("a" + i), P, new Iri("http://e/o"))).ToList();
        var b = Enumerable.Range(0, 5000).Select(i => new Triple(new BlankNode("b" + (4999 - i)), P, new Iri("http://e/o"))).ToList();
        var pairsA = Enumerable.Range(0, 1000).Select(i => new Triple(new BlankNode("s" + i), Q, new BlankNode("o" + i))).ToList();
        var pairsB = Enumerable.Range(0, 1000).Select(i => new Triple(new BlankNode("x" + (999 - i)), Q, new BlankNode("y" + i))).ToList();
        var stopwatch = Stopwatch.StartNew();

        var isolated = GraphIsomorphism.AreIsomorphic(a, b);
        var pairs = GraphIsomorphism.AreIsomorphic(pairsA, pairsB);
        var pairsBroken = GraphIsomorphism.AreIsomorphic(pairsA, [.. pairsB.Take(999), new Triple(new BlankNode("y0"), Q, new BlankNode("x0"))]);

        isolated.Should().BeTrue();
        pairs.Should().BeTrue();
        pairsBroken.Should().BeFalse();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void AreIsomorphic_LongListsOfEqualItems_RefineQuickly()
    {
        var document = "<http://e/s> <http://e/p> (" + string.Concat(Enumerable.Repeat(" 1", 20_000)) + " ) .";
        var a = Parse.Turtle(document).Triples;
        var b = Parse.Turtle(document).Triples.AsEnumerable().Reverse().ToList();
        var lastItemChanged = Parse.Turtle(document.Replace(" 1 )", " 2 )", StringComparison.Ordinal)).Triples;
        var stopwatch = Stopwatch.StartNew();

        var same = GraphIsomorphism.AreIsomorphic(a, b);
        var different = GraphIsomorphism.AreIsomorphic(a, lastItemChanged);

        same.Should().BeTrue();
        different.Should().BeFalse();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void AreIsomorphic_DuplicateTriples_CountOnce()
    {
        var t = new Triple(new BlankNode("a"), P, new Iri("http://e/o"));

        GraphIsomorphism.AreIsomorphic([t, t], [new Triple(new BlankNode("z"), P, new Iri("http://e/o"))]).Should().BeTrue();
    }

    private static IEnumerable<Triple> Cycle(string prefix, int length) =>
        Enumerable.Range(0, length).Select(i => new Triple(new BlankNode(prefix + i), P, new BlankNode(prefix + ((i + 1) % length))));
}
