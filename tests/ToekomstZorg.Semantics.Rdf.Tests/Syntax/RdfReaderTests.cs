using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Tests.Syntax;

public sealed class RdfReaderTests
{
    [Fact]
    public void Read_TurtleSyntax_AcceptsTurtleOnlyForms()
    {
        var collector = new TripleCollector();

        RdfReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("@prefix e: <http://e/> . e:s e:p 1 .")), RdfSyntax.Turtle, collector);

        collector.Triples.Should().ContainSingle().Which.ToString().Should().Be("<http://e/s> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
    }

    [Fact]
    public void Read_NTriplesSyntax_RejectsTurtleOnlyFormsWithTheSourceName()
    {
        var act = () => RdfReader.Read(
            new MemoryStream(Encoding.UTF8.GetBytes("@prefix e: <http://e/> .")),
            RdfSyntax.NTriples,
            new TripleCollector(),
            new RdfReaderOptions { SourceName = "data.nt" });

        act.Should().Throw<RdfSyntaxException>().Which.Message.Should().StartWith("data.nt:1:1: expected a subject");
    }

    [Fact]
    public void Read_UnknownSyntax_IsAnArgumentError()
    {
        var act = () => RdfReader.Read(Stream.Null, (RdfSyntax)42, new TripleCollector());

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
