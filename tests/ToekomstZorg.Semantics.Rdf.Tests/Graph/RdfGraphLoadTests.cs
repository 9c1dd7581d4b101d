using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

public sealed class RdfGraphLoadTests
{
    private static readonly Iri P = new("http://ex.org/p");

    [Fact]
    public void Load_TwoDocumentsSharingBlankLabels_NodesStayDistinct()
    {
        var graph = new RdfGraph();

        graph.Load(Utf8("_:a <http://ex.org/p> \"one\" .\n<http://ex.org/s> <http://ex.org/q> _:a ."), RdfSyntax.NTriples);
        graph.Load(Utf8("@prefix ex: <http://ex.org/> .\nex:s ex:q _:a . _:a ex:p \"two\" ."), RdfSyntax.Turtle);

        graph.Count.Should().Be(4);
        graph.Match(null, new Iri("http://ex.org/q")).Select(t => t.Object).Distinct().Should().HaveCount(2);
        graph.Match(null, P).Select(t => t.Subject).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void Load_SameDocumentTwice_BlankNodeTriplesDoubled()
    {
        var graph = new RdfGraph();
        const string Document = "<http://ex.org/s> <http://ex.org/p> [ <http://ex.org/p> \"x\" ] .";

        graph.Load(Utf8(Document), RdfSyntax.Turtle);
        graph.Load(Utf8(Document), RdfSyntax.Turtle);

        graph.Count.Should().Be(4, "each document's [ ] is its own node");
    }

    [Fact]
    public void Load_TrackingSources_SourceOfGivesDocumentAndLine()
    {
        var graph = new RdfGraph();

        graph.Load(
            Utf8("@prefix ex: <http://ex.org/> .\n\nex:s\n    ex:p \"x\" ;\n    ex:p \"y\" .\n"),
            RdfSyntax.Turtle,
            new RdfReaderOptions { SourceName = "vocab/kern.ttl" },
            trackSources: true);

        var source = graph.SourceOf(new Triple(new Iri("http://ex.org/s"), P, new Literal("y")));
        source.Should().NotBeNull();
        source!.Value.SourceName.Should().Be("vocab/kern.ttl");
        source.Value.Position.Object.Line.Should().Be(5);
        source.Value.Position.Subject.Line.Should().Be(3);
    }

    [Fact]
    public void Load_PrefixDeclarations_BecomeNamespaces()
    {
        var graph = new RdfGraph();

        graph.Load(Utf8("@prefix b: <http://b/> .\n@prefix a: <http://a/> .\n@prefix b: <http://b2/> .\n"), RdfSyntax.Turtle);

        graph.Namespaces.Should().Equal(new KeyValuePair<string, string>("b", "http://b2/"), new KeyValuePair<string, string>("a", "http://a/"));
    }

    [Fact]
    public void Load_InvalidDocument_ThrowsWithPosition()
    {
        var graph = new RdfGraph();

        var act = () => graph.Load(Utf8("<http://ex.org/s> <http://ex.org/p> ."), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = "bad.ttl" });

        act.Should().Throw<RdfSyntaxException>().Which.Message.Should().StartWith("bad.ttl:1:");
    }

    [Fact]
    public void Load_PathWithNtExtension_ReadsNTriplesWithFileBase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tzsem-{Guid.NewGuid():N}.nt");
        File.WriteAllText(path, "<http://ex.org/s> <http://ex.org/p> \"x\" .\n");
        try
        {
            var graph = RdfGraph.Load(path);

            graph.Count.Should().Be(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_PathWithTtlExtension_RelativeIrisAgainstFileUri()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tzsem-{Guid.NewGuid():N}.ttl");
        File.WriteAllText(path, "<#s> <http://ex.org/p> <other.ttl> .\n");
        try
        {
            var graph = RdfGraph.Load(path);

            var triple = graph.Triples.Single();
            ((Iri)triple.Subject).Value.Should().Be(new Uri(path).AbsoluteUri + "#s");
            ((Iri)triple.Object).Value.Should().Be(new Uri(Path.Combine(Path.GetTempPath(), "other.ttl")).AbsoluteUri);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void IsIsomorphicTo_RelabelledBlankNodes_True()
    {
        var a = new RdfGraph();
        var b = new RdfGraph();
        a.Load(Utf8("_:x <http://ex.org/p> _:y .\n_:y <http://ex.org/p> \"v\" ."), RdfSyntax.NTriples);
        b.Load(Utf8("_:m <http://ex.org/p> \"v\" .\n_:n <http://ex.org/p> _:m ."), RdfSyntax.NTriples);

        a.IsIsomorphicTo(b).Should().BeTrue();
        b.Add(new BlankNode("extra"), P, new Literal("v"));
        a.IsIsomorphicTo(b).Should().BeFalse();
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
