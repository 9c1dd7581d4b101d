using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

/// <summary>Short ways to run the readers in tests.</summary>
internal static class Parse
{
    public const string Base = "http://example.org/base/doc.ttl";

    public static TripleCollector Turtle(string document, string? baseIri = Base) => Turtle(Encoding.UTF8.GetBytes(document), baseIri);

    public static TripleCollector Turtle(byte[] document, string? baseIri = Base)
    {
        var collector = new TripleCollector();
        new TurtleReader(new RdfReaderOptions { BaseIri = baseIri, SourceName = "test.ttl" }).Read(document, collector);
        return collector;
    }

    public static TripleCollector TurtleInChunks(byte[] document, int chunkSize, string? baseIri = Base)
    {
        var collector = new TripleCollector();
        new TurtleReader(new RdfReaderOptions { BaseIri = baseIri, SourceName = "test.ttl" }).Read(new ChunkedStream(document, chunkSize), collector);
        return collector;
    }

    public static TripleCollector NTriples(string document) => NTriples(Encoding.UTF8.GetBytes(document));

    public static TripleCollector NTriples(byte[] document)
    {
        var collector = new TripleCollector();
        new NTriplesReader(new RdfReaderOptions { SourceName = "test.nt" }).Read(document, collector);
        return collector;
    }

    public static TripleCollector NTriplesInChunks(byte[] document, int chunkSize)
    {
        var collector = new TripleCollector();
        new NTriplesReader(new RdfReaderOptions { SourceName = "test.nt" }).Read(new ChunkedStream(document, chunkSize), collector);
        return collector;
    }

    public static RdfSyntaxException TurtleError(string document) => TurtleError(Encoding.UTF8.GetBytes(document));

    public static RdfSyntaxException TurtleError(byte[] document)
    {
        var act = () => Turtle(document);
        return act.Should().Throw<RdfSyntaxException>().Which;
    }

    public static RdfSyntaxException NTriplesError(string document) => NTriplesError(Encoding.UTF8.GetBytes(document));

    public static RdfSyntaxException NTriplesError(byte[] document)
    {
        var act = () => NTriples(document);
        return act.Should().Throw<RdfSyntaxException>().Which;
    }

    /// <summary>The triples as N-Triples lines, in document order.</summary>
    public static List<string> Lines(this TripleCollector collector) => [.. collector.Triples.Select(t => t.ToString())];
}
