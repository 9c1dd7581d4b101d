using System.Text;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

namespace ToekomstZorg.Semantics.Rdf.Tests.NTriples;

public sealed class NTriplesReaderTests
{
    private const string Document =
        "# header\n<http://e/s> <http://e/p> \"é\\n\\u00E9\"@en-GB .\r\n" +
        "_:b1 <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> . # trailing\n" +
        "\n<http://e/s>\t<http://e/p>\t_:b1.\n<http://e/s> <http://e/p> <http://e/o> .";

    [Fact]
    public void Read_Document_EmitsTermsWithDatatypesTagsAndLabels()
    {
        var result = Parse.NTriples(Document);

        result.Triples.Select(t => t.Object).Should().Equal(
            new Literal("é\né", language: "en-GB"),
            new Literal("1", Vocab.XsdInteger),
            new BlankNode("b1"),
            new Iri("http://e/o"));
        result.Triples[1].Subject.Should().Be(new BlankNode("b1"));
        result.Positions[2].Should().Be(new TriplePosition(new TextPosition(5, 1, 137), new TextPosition(5, 27, 163)));
    }

    [Fact]
    public void Read_EveryChunkSize_GivesTheSameTriplesAndPositions()
    {
        var bytes = Encoding.UTF8.GetBytes(Document);
        var whole = Parse.NTriples(bytes);

        for (var chunk = 1; chunk <= bytes.Length; chunk++)
        {
            var chunked = Parse.NTriplesInChunks(bytes, chunk);

            chunked.Lines().Should().Equal(whole.Lines(), "chunk size {0}", chunk);
            chunked.Positions.Should().Equal(whole.Positions, "chunk size {0}", chunk);
        }
    }

    [Theory]
    [InlineData("<s> <http://e/p> <http://e/o> .", 1, 1, "expected an absolute IRI, found the relative IRI <s>")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> . <http://e/s> <http://e/p> <http://e/o> .", 1, 42, "expected the end of the line after '.'")]
    [InlineData("<http://e/s> <http://e/p> \"\"\"long\"\"\" .", 1, 29, "long strings are not N-Triples")]
    [InlineData("<http://e/s> <http://e/p> 'x' .", 1, 27, "expected an object")]
    [InlineData("<http://e/s> <http://e/p> 1 .", 1, 27, "expected an object")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o>\n.", 1, 39, "expected '.' at the end of the triple, found a line feed")]
    [InlineData("@prefix ex: <http://e/> .", 1, 1, "expected a subject")]
    [InlineData("<http://e/s> <http://e/p> \"x\"^^xsd:int .", 1, 31, "expected '^^' and a datatype IRI")]
    public void Read_TurtleOnlyOrMalformedInput_IsRejectedAtThePosition(string document, int line, int column, string expected)
    {
        var error = Parse.NTriplesError(document);

        error.Description.Should().Contain(expected);
        error.Position.Line.Should().Be(line);
        error.Position.Column.Should().Be(column);
        error.SourceName.Should().Be("test.nt");
    }

    [Fact]
    public void Read_InvalidUtf8_NamesTheByteOffset()
    {
        var bytes = "<http://e/s> <http://e/p> \"a"u8.ToArray().Concat(new byte[] { 0xED, 0xA0, 0x80 }).Concat("\" ."u8.ToArray()).ToArray();

        var error = Parse.NTriplesError(bytes);

        error.Description.Should().Contain("byte offset 28");
        error.Position.ByteOffset.Should().Be(28);
    }

    [Fact]
    public void Read_TenMegabyteLiteralOnOneLine_StreamsThroughThePageBuffer()
    {
        var lexical = new string('é', 5_000_000);
        var bytes = Encoding.UTF8.GetBytes($"<http://e/s> <http://e/p> \"{lexical}\" .\n<http://e/s> <http://e/p> <http://e/o> .");

        var result = Parse.NTriplesInChunks(bytes, 65_536);

        ((Literal)result.Triples[0].Object).LexicalForm.Should().Be(lexical);
        result.Positions[1].Subject.Should().Be(new TextPosition(2, 1, bytes.Length - 40));
    }
}
