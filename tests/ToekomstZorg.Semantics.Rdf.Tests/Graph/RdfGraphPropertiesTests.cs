using FsCheck.Xunit;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

/// <summary><see cref="RdfGraph.PropertiesOf"/> and <see cref="RdfGraph.MatchWithSources"/> against Match and SourceOf.</summary>
public sealed class RdfGraphPropertiesTests
{
    private static readonly Iri[] Subjects = [new("http://ex.org/a"), new("http://ex.org/b"), new("http://ex.org/c")];
    private static readonly Iri[] Predicates = [new("http://ex.org/p"), new("http://ex.org/q")];

    [Property(MaxTest = 200)]
    public bool PropertiesOf_AnyAddsAndRemoves_EqualsTheSubjectsTriplesInAddedOrder(byte[] adds, byte[] removes)
    {
        var graph = new RdfGraph();
        var expected = new List<Triple>();
        foreach (var code in adds)
        {
            var triple = Decode(code);
            if (graph.Add(triple))
            {
                expected.Add(triple);
            }
        }

        foreach (var code in removes)
        {
            var triple = Decode(code);
            if (graph.Remove(triple))
            {
                expected.Remove(triple);
            }
        }

        foreach (var subject in Subjects)
        {
            var properties = graph.PropertiesOf(subject);
            var actual = Enumerable.Range(0, properties.Count).Select(i => new Triple(subject, properties.Predicate(i), properties.Object(i)));
            if (!actual.SequenceEqual(expected.Where(t => t.Subject.Equals(subject))))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void PropertiesOf_LoadedDocument_WrittenOrderWithSources()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            @prefix ex: <http://ex.org/> .
            ex:z ex:q "later" .
            ex:a ex:p ex:z , ex:b ;
                 ex:q "one"@en .
            """)), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = "doc.ttl" }, trackSources: true);

        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));

        properties.Count.Should().Be(3);
        Enumerable.Range(0, 3).Select(i => properties.Object(i)).Should().Equal(new Iri("http://ex.org/z"), new Iri("http://ex.org/b"), new Literal("one", language: "en"));
        properties.Objects(new Iri("http://ex.org/p")).Should().Equal(new Iri("http://ex.org/z"), new Iri("http://ex.org/b"));
        var source = properties.Source(2)!.Value;
        source.SourceName.Should().Be("doc.ttl");
        (source.Position.Subject.Line, source.Position.Object.Line, source.Position.Object.Column).Should().Be((3, 4, 11));
        graph.PropertiesOf(new Iri("http://ex.org/unknown")).Count.Should().Be(0);
    }

    [Fact]
    public void MatchWithSources_LoadedDocuments_SameTriplesAsMatchAndSourcesAsSourceOf()
    {
        var graph = new RdfGraph();
        foreach (var (name, text) in new[] { ("one.ttl", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"), ("two.ttl", "\n<http://ex.org/c> <http://ex.org/p> \"x\" .\n") })
        {
            graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = name }, trackSources: true);
        }

        var located = graph.MatchWithSources(null, new Iri("http://ex.org/p")).ToList();

        located.Select(l => l.Triple).Should().Equal(graph.Match(null, new Iri("http://ex.org/p")));
        located.Select(l => l.Source).Should().Equal(located.Select(l => graph.SourceOf(l.Triple)));
        located.Select(l => (l.Source!.Value.SourceName, l.Source.Value.Position.Subject.Line)).Should().BeEquivalentTo(new[] { ("one.ttl", 1), ("two.ttl", 2) });
        new RdfGraph().MatchWithSources(null, new Iri("http://ex.org/p")).Should().BeEmpty();
    }

    [Fact]
    public void PropertiesOf_GraphChangedAfterwards_Throws()
    {
        var graph = new RdfGraph();
        graph.Add(Subjects[0], Predicates[0], Subjects[1]);
        var properties = graph.PropertiesOf(Subjects[0]);

        graph.Add(Subjects[0], Predicates[1], Subjects[2]);

        properties.Invoking(p => p.Object(0)).Should().Throw<InvalidOperationException>();
    }

    private static Triple Decode(byte code) =>
        new(Subjects[code % 3], Predicates[(code / 3) % 2], new Literal(((code / 6) % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
