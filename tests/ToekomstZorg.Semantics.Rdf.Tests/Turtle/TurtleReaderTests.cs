using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

public sealed class TurtleReaderTests
{
    private const string Prefixes = "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    [Fact]
    public void Read_PredicateAndObjectLists_EmitsOneTriplePerObject()
    {
        var result = Parse.Turtle(Prefixes + "ex:s a ex:C ; ex:p ex:o1 , ex:o2 ; ex:q \"x\" ; .");

        result.Lines().Should().Equal(
            "<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/C> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o1> .",
            "<http://example.org/s> <http://example.org/p> <http://example.org/o2> .",
            "<http://example.org/s> <http://example.org/q> \"x\" .");
    }

    [Theory]
    [InlineData("1", "integer")]
    [InlineData("-12", "integer")]
    [InlineData("+7", "integer")]
    [InlineData("1.5", "decimal")]
    [InlineData("-.5", "decimal")]
    [InlineData("1e3", "double")]
    [InlineData("1.E-2", "double")]
    [InlineData(".5e+1", "double")]
    [InlineData("true", "boolean")]
    [InlineData("false", "boolean")]
    public void Read_NumericAndBooleanLiterals_KeepLexicalFormAndTakeXsdDatatype(string written, string datatype)
    {
        var result = Parse.Turtle(Prefixes + $"ex:s ex:p {written} .");

        var literal = result.Triples.Single().Object.Should().BeOfType<Literal>().Subject;
        literal.LexicalForm.Should().Be(written);
        literal.Datatype.Value.Should().Be(Vocab.Xsd + datatype);
    }

    [Fact]
    public void Read_IntegerBeforeStatementDot_IsNotADecimal()
    {
        var result = Parse.Turtle(Prefixes + "ex:s ex:p 1.");

        result.Triples.Single().Object.Should().Be(new Literal("1", Vocab.XsdInteger));
    }

    [Fact]
    public void Read_StringForms_DecodeEscapesAndKeepTagsAndDatatypes()
    {
        var result = Parse.Turtle(Prefixes + "ex:s ex:p 'a\\tb' , \"\"\"two\n\"lines\" \"\"\"@nl-BE , '''x''y'''^^xsd:token , \"\\u00E9\\U0001F600\" .");

        result.Triples.Select(t => t.Object).Should().Equal(
            new Literal("a\tb"),
            new Literal("two\n\"lines\" ", language: "nl-BE"),
            new Literal("x''y", new Iri(Vocab.Xsd + "token")),
            new Literal("é😀"));
    }

    [Fact]
    public void Read_LocalNameEscapesAndPercentEncodings_ExpandPerPnLocal()
    {
        var result = Parse.Turtle(Prefixes + "ex:a\\~b\\.c ex:%41-x ex:a.b.c:d .");

        var triple = result.Triples.Single();
        triple.Subject.Should().Be(new Iri("http://example.org/a~b.c"));
        triple.Predicate.Should().Be(new Iri("http://example.org/%41-x"));
        triple.Object.Should().Be(new Iri("http://example.org/a.b.c:d"));
    }

    [Fact]
    public void Read_LocalNameFollowedByStatementDot_LeavesTheDot()
    {
        var result = Parse.Turtle(Prefixes + "ex:s ex:p ex:o.\nex:s ex:p ex:o2.");

        result.Triples.Select(t => t.Object).Should().Equal(new Iri("http://example.org/o"), new Iri("http://example.org/o2"));
    }

    [Fact]
    public void Read_Collection_EmitsRdfListEndingInNil()
    {
        var result = Parse.Turtle(Prefixes + "ex:s ex:p ( 1 ex:two ) , () .");

        var rdf = Vocab.Rdf;
        result.Triples.Should().HaveCount(6);
        var head = result.Triples.Single(t => t.Subject.Equals(new Iri("http://example.org/s")) && t.Object is BlankNode).Object;
        var first = result.Triples.Where(t => t.Subject.Equals(head)).ToDictionary(t => t.Predicate.Value, t => t.Object);
        first[rdf + "first"].Should().Be(new Literal("1", Vocab.XsdInteger));
        var second = result.Triples.Where(t => t.Subject.Equals(first[rdf + "rest"])).ToDictionary(t => t.Predicate.Value, t => t.Object);
        second[rdf + "first"].Should().Be(new Iri("http://example.org/two"));
        second[rdf + "rest"].Should().Be(Vocab.RdfNil);
        result.Triples.Should().Contain(new Triple(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Vocab.RdfNil));
    }

    [Fact]
    public void Read_BlankNodePropertyListAsSubject_MayStandAlone()
    {
        var result = Parse.Turtle(Prefixes + "[ ex:p 1 ] .\n[ ex:p 2 ] ex:q 3 .");

        result.Triples.Should().HaveCount(3);
        result.Triples[0].Subject.Should().NotBe(result.Triples[1].Subject);
        result.Triples[2].Subject.Should().Be(result.Triples[1].Subject);
    }

    [Fact]
    public void Read_SameLabelTwice_IsTheSameNode()
    {
        var result = Parse.Turtle(Prefixes + "_:a ex:p _:b . _:b ex:p _:a .");

        result.Triples[0].Subject.Should().Be(result.Triples[1].Object);
        result.Triples[0].Object.Should().Be(result.Triples[1].Subject);
        result.Triples[0].Subject.Should().Be(new BlankNode("a"));
    }

    [Fact]
    public void Read_UserLabelsShapedLikeGeneratedOnes_NeverCollide()
    {
        var result = Parse.Turtle(Prefixes + "_:_1 ex:p [ ex:q _:_2 ] . _:_3 ex:r ( _:_4 ) .");

        var nodes = result.Triples.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().ToList();
        nodes.Should().HaveCount(6, "four written labels and the generated [] and list cell are six different nodes");
        nodes.Select(n => n.Label).Should().Contain(["__1", "__2", "__3", "__4"]);
    }

    [Fact]
    public void Read_PrefixAndBaseDirectives_AreReportedResolved()
    {
        var result = Parse.Turtle("@base <http://a/b/> .\n@prefix p: <c/> .\nBASE <../d/>\nprefix q: <e#>\n<x> p:y q:z .", baseIri: null);

        result.Bases.Should().Equal("http://a/b/", "http://a/d/");
        result.Prefixes.Should().Equal(
            new KeyValuePair<string, string>("p", "http://a/b/c/"),
            new KeyValuePair<string, string>("q", "http://a/d/e#"));
        result.Lines().Should().Equal("<http://a/d/x> <http://a/b/c/y> <http://a/d/e#z> .");
    }

    [Fact]
    public void Read_DirectiveKeywordsNextToNames_SplitAsSerdDoes()
    {
        var result = Parse.Turtle("@prefix:<http://x/>.\n:a :b :c.\nPREFIX p: <http://y/>\n@prefix prefix: <http://z/> . @prefix a: <http://a/> .\nprefix:s a:b p:o .", baseIri: null);

        result.Lines().Should().Equal(
            "<http://x/a> <http://x/b> <http://x/c> .",
            "<http://z/s> <http://a/b> <http://y/o> .");
    }

    [Fact]
    public void Read_RelativeIris_ResolveAgainstTheOptionsBase()
    {
        var result = Parse.Turtle("<#s> <../p> <?q> .", baseIri: "http://example.org/a/b/doc.ttl");

        result.Lines().Should().Equal("<http://example.org/a/b/doc.ttl#s> <http://example.org/a/p> <http://example.org/a/b/doc.ttl?q> .");
    }

    [Fact]
    public void Read_Triples_CarrySubjectAndObjectPositions()
    {
        var result = Parse.Turtle("@prefix ex: <http://example.org/> .\nex:s ex:p \"é\" ,\n   ex:o .");

        result.Positions.Should().Equal(
            new TriplePosition(new TextPosition(2, 1, 36), new TextPosition(2, 11, 46)),
            new TriplePosition(new TextPosition(2, 1, 36), new TextPosition(3, 4, 56)));
    }

    [Fact]
    public void Read_EmptyAndCommentOnlyDocuments_EmitNothing()
    {
        Parse.Turtle("").Triples.Should().BeEmpty();
        Parse.Turtle("# only a comment").Triples.Should().BeEmpty();
        Parse.Turtle("  \r\n\t# c\n").Triples.Should().BeEmpty();
    }

    [Fact]
    public void Read_LeadingByteOrderMark_IsSkippedAndNotCountedAsAColumn()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> <http://e/o> .")).ToArray();

        var result = Parse.Turtle(bytes);

        result.Triples.Should().ContainSingle();
        result.Positions[0].Subject.Should().Be(new TextPosition(1, 1, 3));
    }

    [Fact]
    public void Read_ByteOrderMarkAfterTheStart_IsAnError()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> <http://e/o> .\n\uFEFF");

        var error = Parse.TurtleError(bytes);

        error.Position.Line.Should().Be(2);
    }
}
