using ToekomstZorg.Semantics.Rdf.NTriples.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;

namespace ToekomstZorg.Semantics.Rdf.NTriples;

/// <summary>
/// Reads RDF 1.1 N-Triples from UTF-8 and emits each triple to an <see cref="ITripleSink"/>. Strict:
/// relative IRIs, Turtle-only forms and two triples on one line are errors
/// (<see cref="RdfSyntaxException"/> with its position); I/O errors pass through unchanged.
/// Blank-node labels are passed on exactly as written.
/// </summary>
public sealed class NTriplesReader
{
    private readonly RdfReaderOptions _options;

    /// <summary>Creates a reader; <see cref="RdfReaderOptions.BaseIri"/> is not used (N-Triples IRIs are absolute).</summary>
    public NTriplesReader(RdfReaderOptions? options = null) => _options = options ?? new RdfReaderOptions();

    /// <summary>Reads a whole document from a stream (not closed), through a reused 64 KB buffer.</summary>
    public void Read(Stream input, ITripleSink sink)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        using var buffer = new InputBuffer(input, _options.SourceName);
        new NTriplesParser(buffer, sink, _options.SyntaxErrorHandler).ReadNTriplesDoc();
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
