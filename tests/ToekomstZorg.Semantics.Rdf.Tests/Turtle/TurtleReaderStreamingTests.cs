using System.Text;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.Conformance;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

public sealed class TurtleReaderStreamingTests
{
    public static TheoryData<string> Documents =>
    [
        "@prefix ex: <http://example.org/> .\n# comment with é and 😀\nex:s ex:p \"é😀\\u00E9\"@nl-BE , 'x' ; ex:q 1.5e3 , -.5 , 12 .",
        "PREFIX ex: <http://example.org/>\nBASE <http://b/x/>\n<../rel#a> ex:p ( 1 ( [ ex:q ex:a\\~b.c ] ) () ) .\n[] ex:p _:lab.x .",
        "@prefix : <http://example.org/ñ/> .\n:ö :p \"\"\"multi\r\nline \"q\" ''\"\"\" , '''x'''^^:dt , true .\n:s :p :o.\n:s :p :o2.",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_EveryChunkSize_GivesTheSameTriplesAndPositionsAsWhole(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var whole = Parse.Turtle(bytes);
        whole.Triples.Should().NotBeEmpty();

        for (var chunk = 1; chunk <= bytes.Length; chunk++)
        {
            var chunked = Parse.TurtleInChunks(bytes, chunk);

            chunked.Lines().Should().Equal(whole.Lines(), "chunk size {0}", chunk);
            chunked.Positions.Should().Equal(whole.Positions, "chunk size {0}", chunk);
            chunked.Prefixes.Should().Equal(whole.Prefixes);
        }
    }

    [Theory]
    [InlineData("@prefix ex: <http://e/> .\nex:a ex:b nope:c .")]
    [InlineData("<http://e/s> <http://e/p> \"\"\"abc\n\ndef")]
    [InlineData("<http://e/s> <http://e/p> \"é\\uD800\" .")]
    [InlineData("<http://e/s> <http://e/p> ex:o")]
    public void Read_EveryChunkSize_ReportsTheSameError(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var expected = Parse.TurtleError(bytes);

        for (var chunk = 1; chunk <= bytes.Length; chunk++)
        {
            var act = () => Parse.TurtleInChunks(bytes, chunk);

            var error = act.Should().Throw<RdfSyntaxException>().Which;
            error.Message.Should().Be(expected.Message, "chunk size {0}", chunk);
            error.Position.Should().Be(expected.Position);
        }
    }

    [Fact]
    public void Read_InvalidUtf8SplitAcrossChunks_IsReportedAtTheSameOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> \"aé").Concat(new byte[] { 0xC3 }).Concat("\" ."u8.ToArray()).ToArray();

        for (var chunk = 1; chunk <= bytes.Length; chunk++)
        {
            var act = () => Parse.TurtleInChunks(bytes, chunk);

            act.Should().Throw<RdfSyntaxException>().Which.Description.Should().Contain("byte offset 30");
        }
    }

    [Fact]
    public void Read_W3cEvalInputsInSmallChunks_MatchWholeDocumentParse()
    {
        foreach (var entry in W3cManifest.Turtle.Entries.Where(e => e.Kind == "TestTurtleEval"))
        {
            var bytes = File.ReadAllBytes(entry.ActionPath);
            var whole = Parse.Turtle(bytes, entry.ActionIri);
            foreach (var chunk in new[] { 1, 2, 3, 5, 7, 13 })
            {
                Parse.TurtleInChunks(bytes, chunk, entry.ActionIri).Lines().Should().Equal(whole.Lines(), "{0} in chunks of {1}", entry.Id, chunk);
            }
        }
    }

    [Fact]
    public void Read_TenMegabyteSingleLine_StreamsThroughThePageBuffer()
    {
        var lexical = new string('x', 5_000_000) + "é" + new string('y', 5_000_000);
        var local = new string('n', 100_000);
        var document = $"@prefix ex: <http://example.org/> . ex:{local} ex:p \"{lexical}\" , <http://example.org/{local}> .";
        var bytes = Encoding.UTF8.GetBytes(document);

        var result = Parse.TurtleInChunks(bytes, 64 * 1024);

        result.Triples.Should().HaveCount(2);
        ((Literal)result.Triples[0].Object).LexicalForm.Should().Be(lexical);
        result.Triples[1].Object.Should().Be(new Iri("http://example.org/" + local));
        result.Positions[1].Object.Column.Should().Be(document.IndexOf(", <", StringComparison.Ordinal) + 3);
    }

    [Fact]
    public void Read_HundredThousandNestedCollections_DoesNotOverflowTheStack()
    {
        const int depth = 100_000;
        var document = "<http://e/s> <http://e/p> " + new string('(', depth) + new string(')', depth) + " .";

        var result = Parse.TurtleInChunks(Encoding.ASCII.GetBytes(document), 4096);

        // Each of the depth-1 outer lists has one cell (rdf:first + rdf:rest); the innermost () is rdf:nil.
        result.Triples.Should().HaveCount((2 * (depth - 1)) + 1);
        result.Triples[0].Object.Should().Be(Vocab.RdfNil);
        result.Triples[^1].Subject.Should().Be(new Iri("http://e/s"));
    }

    [Fact]
    public void Read_HundredThousandNestedPropertyLists_DoesNotOverflowTheStack()
    {
        const int depth = 100_000;
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append("[ <http://e/p> ");
        }

        builder.Append("\"deepest\"").Append(' ', 1).Append(new string(']', depth)).Append(" <http://e/q> 1 .");

        var result = Parse.TurtleInChunks(Encoding.ASCII.GetBytes(builder.ToString()), 4096);

        result.Triples.Should().HaveCount(depth + 1);
        result.Triples[0].Object.Should().Be(new Literal("deepest"));
        result.Triples[^1].Predicate.Should().Be(new Iri("http://e/q"));
        result.Triples.Select(t => t.Subject).Distinct().Should().HaveCount(depth);
    }

    [Fact]
    public void Read_DeepNestingAtEndOfInput_IsAClearErrorNotACrash()
    {
        var document = "<http://e/s> <http://e/p> " + new string('(', 50_000);

        var error = Parse.TurtleError(document);

        error.Description.Should().StartWith("expected an object").And.EndWith("found end of input");
    }

    [Fact]
    public void Read_LineEndsLfCrLfAndLoneCr_EachStartANewLineInEveryChunking()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> <http://e/a> ,\r\n<http://e/b> ,\r<http://e/c> ,\n\r\n<http://e/d> .");

        for (var chunk = 1; chunk <= bytes.Length; chunk++)
        {
            var result = Parse.TurtleInChunks(bytes, chunk);

            result.Positions.Select(p => (p.Object.Line, p.Object.Column)).Should().Equal([(1, 27), (2, 1), (3, 1), (5, 1)], "chunk size {0}", chunk);
        }
    }
}
