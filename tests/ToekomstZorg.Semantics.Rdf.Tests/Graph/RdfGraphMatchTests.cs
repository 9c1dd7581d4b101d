using FsCheck.Xunit;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

/// <summary>Every one of the eight triple patterns against a plain filter over a list.</summary>
public sealed class RdfGraphMatchTests
{
    private static readonly RdfTerm[] Nodes =
    [
        new Iri("http://ex.org/a"), new Iri("http://ex.org/b"), new Iri("http://ex.org/c"),
        new BlankNode("x"), new BlankNode("y"),
    ];

    private static readonly Iri[] Predicates = [new("http://ex.org/p"), new("http://ex.org/q"), new("http://ex.org/r")];

    private static readonly RdfTerm[] Objects =
    [
        .. Nodes, new Literal("a"), new Literal("a", language: "nl"), new Literal("1", Vocab.XsdInteger),
    ];

    [Property(MaxTest = 200)]
    public bool Match_AnyPatternAfterAddsAndRemoves_EqualsFilteredList(byte[] adds, byte[] removes, byte pattern)
    {
        var graph = new RdfGraph();
        var expected = new HashSet<Triple>();
        foreach (var code in adds)
        {
            var triple = Decode(code);
            graph.Add(triple).Should().Be(expected.Add(triple));
        }

        foreach (var code in removes)
        {
            var triple = Decode(code);
            graph.Remove(triple).Should().Be(expected.Remove(triple));
        }

        var probe = Decode(pattern);
        var s = (pattern & 1) != 0 ? probe.Subject : null;
        var p = (pattern & 2) != 0 ? probe.Predicate : null;
        var o = (pattern & 4) != 0 ? probe.Object : null;

        var actual = graph.Match(s, p, o).ToList();

        var wanted = expected.Where(t => (s is null || t.Subject.Equals(s)) && (p is null || t.Predicate.Equals(p)) && (o is null || t.Object.Equals(o)));
        return graph.Count == expected.Count
            && actual.Count == actual.Distinct().Count()
            && actual.ToHashSet().SetEquals(wanted);
    }

    [Fact]
    public void Match_EachPatternShape_UsesTheRightIndex()
    {
        var graph = new RdfGraph();
        var a = (Iri)Nodes[0];
        var b = (Iri)Nodes[1];
        graph.Add(a, Predicates[0], b);
        graph.Add(a, Predicates[1], b);
        graph.Add(b, Predicates[0], a);

        graph.Match(a).Should().HaveCount(2);
        graph.Match(a, Predicates[0]).Should().ContainSingle();
        graph.Match(a, null, b).Should().HaveCount(2);
        graph.Match(null, Predicates[0]).Should().HaveCount(2);
        graph.Match(null, Predicates[0], a).Should().ContainSingle().Which.Subject.Should().Be(b);
        graph.Match(null, null, b).Should().HaveCount(2);
        graph.Match(a, Predicates[1], b).Should().ContainSingle();
        graph.Match().Should().HaveCount(3);
    }

    private static Triple Decode(byte code)
    {
        var subject = Nodes[code % Nodes.Length];
        var predicate = Predicates[(code / Nodes.Length) % Predicates.Length];
        var @object = Objects[(code / (Nodes.Length * Predicates.Length)) % Objects.Length];
        return new Triple(subject, predicate, @object);
    }
}
