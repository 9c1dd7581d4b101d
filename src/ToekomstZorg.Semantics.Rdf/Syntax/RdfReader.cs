using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>Reads a document in a syntax chosen at run time.</summary>
public static class RdfReader
{
    /// <summary>Reads <paramref name="input"/> as <paramref name="syntax"/> into <paramref name="sink"/>.</summary>
    public static void Read(Stream input, RdfSyntax syntax, ITripleSink sink, RdfReaderOptions? options = null)
    {
        switch (syntax)
        {
            case RdfSyntax.Turtle:
                new TurtleReader(options).Read(input, sink);
                break;
            case RdfSyntax.NTriples:
                new NTriplesReader(options).Read(input, sink);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(syntax), syntax, "Unknown RDF syntax.");
        }
    }
}
