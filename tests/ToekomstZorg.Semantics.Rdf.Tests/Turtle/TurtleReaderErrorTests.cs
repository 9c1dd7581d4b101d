using System.Text;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

public sealed class TurtleReaderErrorTests
{
    [Fact]
    public void Read_UndefinedPrefix_NamesThePrefixAtItsPosition()
    {
        var error = Parse.TurtleError("@prefix ex: <http://e/> .\nex:a ex:b nope:c .");

        error.Description.Should().Contain("undefined prefix 'nope:'");
        error.Position.Should().Be(new TextPosition(2, 11, 36));
        error.SourceName.Should().Be("test.ttl");
        error.Message.Should().StartWith("test.ttl:2:11: ");
    }

    [Fact]
    public void Read_UndefinedPrefixAfterMultiByteCharacters_CountsColumnsInCodePoints()
    {
        var error = Parse.TurtleError("@prefix ex: <http://e/> .\nex:ééé ex:b ñ:c .");

        error.Description.Should().Contain("undefined prefix 'ñ:'");
        error.Position.Line.Should().Be(2);
        error.Position.Column.Should().Be(13);
        error.Position.ByteOffset.Should().Be(26 + 15);
    }

    [Fact]
    public void Read_EndOfInputInsideATriple_SaysWhatWasExpected()
    {
        var error = Parse.TurtleError("<http://e/s> <http://e/p>");

        error.Description.Should().StartWith("expected an object").And.EndWith("found end of input");
        error.Position.Should().Be(new TextPosition(1, 26, 25));
    }

    [Fact]
    public void Read_MissingFinalDot_ReportsEndOfInput()
    {
        var error = Parse.TurtleError("<http://e/s> <http://e/p> <http://e/o>\n");

        error.Description.Should().Be("expected ',' or ';' or '.' after the object, found end of input");
        error.Position.Should().Be(new TextPosition(2, 1, 39));
    }

    [Fact]
    public void Read_InvalidUtf8_NamesTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> \"ab").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("cd\" .")).ToArray();

        var error = Parse.TurtleError(bytes);

        error.Description.Should().Contain("0xFF").And.Contain("byte offset 29");
        error.Position.Should().Be(new TextPosition(1, 30, 29));
    }

    [Fact]
    public void Read_TruncatedUtf8SequenceAtEndOfInput_IsInvalid()
    {
        var bytes = Encoding.UTF8.GetBytes("# comment é").SkipLast(1).ToArray();

        var error = Parse.TurtleError(bytes);

        error.Description.Should().Contain("byte offset 10");
    }

    [Fact]
    public void Read_UnterminatedLongString_ReportsWhereItStarted()
    {
        var error = Parse.TurtleError("<http://e/s> <http://e/p> \"\"\"abc\n\ndef");

        error.Description.Should().Be("expected \"\"\" to end the long string that starts at 1:27, found end of input");
        error.Position.Should().Be(new TextPosition(3, 4, 37));
    }

    [Fact]
    public void Read_LineFeedInShortString_IsAnError()
    {
        var error = Parse.TurtleError("<http://e/s> <http://e/p> \"ab\ncd\" .");

        error.Description.Should().Contain("found a line feed");
        error.Position.Should().Be(new TextPosition(1, 30, 29));
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> \"\\uD800\" .", 28, "surrogate")]
    [InlineData("<http://e/s> <http://e/p> \"\\U00110000\" .", 28, "beyond U+10FFFF")]
    [InlineData("<http://e/s> <http://e/p> \"\\x\" .", 28, "expected an escape")]
    [InlineData("<http://e/s> <http://e/p> <http://e/\\u0020> .", 37, "allowed in an IRI")]
    [InlineData("<http://e/s> <http://e/p> <http://e/ o> .", 37, "allowed in an IRI")]
    public void Read_BadEscapesAndIriCharacters_PointAtTheEscape(string document, int column, string expected)
    {
        var error = Parse.TurtleError(document);

        error.Description.Should().Contain(expected);
        error.Position.Column.Should().Be(column);
    }

    [Fact]
    public void Read_RelativeIriWithoutBase_IsAnError()
    {
        var act = () => Parse.Turtle("<s> <http://e/p> <http://e/o> .", baseIri: null);

        act.Should().Throw<RdfSyntaxException>().Which.Description.Should().Contain("no base");
    }

    [Fact]
    public void Constructor_RelativeBaseIri_IsRejected()
    {
        var act = () => new TurtleReader(new RdfReaderOptions { BaseIri = "docs/vocab.ttl" });

        act.Should().Throw<ArgumentException>().WithMessage("*not absolute*");
    }

    [Theory]
    [InlineData("\"lit\" <http://e/p> <http://e/o> .", "expected a subject")]
    [InlineData("<http://e/s> \"p\" <http://e/o> .", "expected a predicate")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> ;; ]", "expected a predicate or '.'")]
    [InlineData("[ <http://e/p> <http://e/o> .", "expected ',' or ';' or ']'")]
    [InlineData("( <http://e/o> .", "expected an object")]
    [InlineData("@prefix ex <http://e/> .", "expected ':' after the prefix name")]
    [InlineData("@keywords a .", "expected @prefix or @base")]
    [InlineData("<http://e/s> <http://e/p> \"x\"@ .", "expected a language tag")]
    [InlineData("<http://e/s> <http://e/p> 1e .", "exponent")]
    [InlineData("<http://e/s> <http://e/p> yes .", "expected an object, found 'yes'")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o>", "found end of input")]
    public void Read_MalformedStatements_SayWhatWasExpectedAndFound(string document, string expected)
    {
        var error = Parse.TurtleError(document);

        error.Description.Should().Contain(expected).And.Contain("found");
    }

    [Fact]
    public void Read_StreamThatFails_PassesTheIOExceptionThrough()
    {
        var stream = new FailingStream(Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> <http://e/o> .\n"));

        var act = () => new TurtleReader().Read(stream, new ToekomstZorg.Semantics.Rdf.Graph.TripleCollector());

        act.Should().Throw<IOException>().WithMessage("disk on fire");
    }
}
