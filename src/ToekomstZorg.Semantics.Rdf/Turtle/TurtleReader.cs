using ToekomstZorg.Semantics.Rdf.Iris;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Turtle.Internal;

namespace ToekomstZorg.Semantics.Rdf.Turtle;

/// <summary>
/// Reads RDF 1.1 Turtle (W3C Recommendation 2014) from UTF-8 and emits triples, prefixes and base
/// declarations to an <see cref="ITripleSink"/> in document order. Strict: the first error throws an
/// <see cref="RdfSyntaxException"/> with its position; I/O errors pass through unchanged.
/// </summary>
/// <remarks>
/// Blank-node labels are scoped to one document: a written label is passed on as is, except that a
/// leading '_' is doubled; nodes the reader creates for <c>[]</c>, property lists and collections get
/// labels "_" followed by digits, which a written label can never produce. A sink that merges several
/// documents must rename blank nodes per document. A reader instance holds no state between calls.
/// </remarks>
public sealed class TurtleReader
{
    private readonly RdfReaderOptions _options;

    /// <summary>Creates a reader with the given options (base IRI, source name for errors).</summary>
    /// <exception cref="ArgumentException">The base IRI is not absolute.</exception>
    public TurtleReader(RdfReaderOptions? options = null)
    {
        _options = options ?? new RdfReaderOptions();
        if (!string.IsNullOrEmpty(_options.BaseIri) && !IriResolver.IsAbsolute(_options.BaseIri))
        {
            throw new ArgumentException($"The base IRI '{_options.BaseIri}' is not absolute (it needs a scheme such as file: or https:).", nameof(options));
        }
    }

    /// <summary>Reads a whole document from a stream (not closed), through a reused 64 KB buffer.</summary>
    public void Read(Stream input, ITripleSink sink)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        using var buffer = new InputBuffer(input, _options.SourceName);
        new TurtleParser(buffer, sink, _options.BaseIri, _options.SyntaxErrorHandler).ReadTurtleDoc();
    }

    /// <summary>Reads a whole document held in memory (streamed through the page buffer, not copied).</summary>
    public unsafe void Read(ReadOnlySpan<byte> input, ITripleSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        fixed (byte* start = input)
        {
            using var stream = input.IsEmpty ? Stream.Null : new UnmanagedMemoryStream(start, input.Length);
            Read(stream, sink);
        }
    }
}
