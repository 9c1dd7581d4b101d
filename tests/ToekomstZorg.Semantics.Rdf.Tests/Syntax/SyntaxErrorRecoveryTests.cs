using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Syntax;

public sealed class SyntaxErrorRecoveryTests
{
    [Fact]
    public void TurtleRead_WithErrorHandler_ReportsEveryBrokenStatementAndKeepsTheRest()
    {
        const string document = "@prefix ex: <http://e/> .\n" +
            "ex:a ex:p ex:ok1 .\n" +
            "ex:b ex:p nope:x .\n" +
            "ex:c ex:p \"unterminated .\n" +
            "ex:d ex:p ex:ok2 .\n" +
            "ex:e ex:p ( [ ex:q ] .\n" +
            "ex:f ex:p ex:ok3 .\n";
        var errors = new List<RdfSyntaxException>();
        var collector = new TripleCollector();

        new TurtleReader(new RdfReaderOptions { SyntaxErrorHandler = errors.Add }).Read(Encoding.UTF8.GetBytes(document), collector);

        errors.Select(e => e.Position.Line).Should().Equal(3, 4, 6);
        errors[0].Description.Should().Contain("undefined prefix 'nope:'");
        // The string broken at the end of line 4 took its " ." along, so recovery resumes after the
        // next statement end, on line 5: a broken statement can cost its neighbour, never the rest.
        collector.Triples.Select(t => t.Object.ToString()).Should().Equal("<http://e/ok1>", "<http://e/ok3>");
    }

    [Fact]
    public void TurtleRead_InvalidUtf8WithErrorHandler_IsReportedAndEndsTheRead()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> \"")
            .Concat(new byte[] { 0xFE }).Concat(Encoding.UTF8.GetBytes("\" .\n<http://e/s> <http://e/p> <http://e/o2> .\n")).ToArray();
        var errors = new List<RdfSyntaxException>();
        var collector = new TripleCollector();

        new TurtleReader(new RdfReaderOptions { SyntaxErrorHandler = errors.Add }).Read(bytes, collector);

        errors.Should().ContainSingle().Which.Description.Should().Contain("byte offset 68");
        collector.Triples.Should().ContainSingle();
    }

    [Fact]
    public void NTriplesRead_WithErrorHandler_SkipsBrokenLines()
    {
        const string document = "<http://e/s> <http://e/p> <http://e/o1> .\n" +
            "<s> <http://e/p> <http://e/o> .\n" +
            "<http://e/s> <http://e/p> <http://e/o2> .\n" +
            "<http://e/s> <http://e/p> \"x\n" +
            "<http://e/s> <http://e/p> <http://e/o3> .";
        var errors = new List<RdfSyntaxException>();
        var collector = new TripleCollector();

        new NTriplesReader(new RdfReaderOptions { SyntaxErrorHandler = errors.Add }).Read(Encoding.UTF8.GetBytes(document), collector);

        errors.Select(e => e.Position.Line).Should().Equal(2, 4);
        collector.Triples.Select(t => t.Object.ToString()).Should().Equal("<http://e/o1>", "<http://e/o2>", "<http://e/o3>");
    }

    [Fact]
    public void Read_WithoutErrorHandler_ThrowsTheFirstError()
    {
        var act = () => new TurtleReader().Read(Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> . <http://e/s> <http://e/p> ."), new TripleCollector());

        act.Should().Throw<RdfSyntaxException>().Which.Position.Column.Should().Be(27);
    }
}
