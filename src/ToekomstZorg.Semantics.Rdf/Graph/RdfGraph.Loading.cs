using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Graph;

public sealed partial class RdfGraph
{
    /// <summary>
    /// Reads one document into the graph. Each call is its own document: its blank nodes never merge with
    /// blank nodes already in the graph (RDF 1.1 Concepts §3.4), though labels are kept where they are free.
    /// Prefix declarations are added to <see cref="Namespaces"/>.
    /// </summary>
    /// <param name="input">The document, as UTF-8 bytes.</param>
    /// <param name="syntax">Its syntax.</param>
    /// <param name="options">Base IRI and source name; the source name is what <see cref="SourceOf"/> reports.</param>
    /// <param name="trackSources">Record where each triple was first read (costs memory per triple).</param>
    /// <exception cref="RdfSyntaxException">The document is invalid; triples read before the error stay in the graph.</exception>
    public void Load(Stream input, RdfSyntax syntax, RdfReaderOptions? options = null, bool trackSources = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sink = new PipelinedSink(new GraphLoadSink(this, options?.SourceName, trackSources));
        try
        {
            RdfReader.Read(input, syntax, sink, options);
        }
        finally
        {
            sink.Complete();
        }
    }

    /// <summary>
    /// Loads a file into a new graph. The syntax defaults from the extension (<c>.nt</c> is N-Triples,
    /// anything else Turtle), the base IRI to the file's <c>file:</c> URI, the source name to the path.
    /// </summary>
    public static RdfGraph Load(string path, RdfSyntax? syntax = null, string? baseIri = null, bool trackSources = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var options = new RdfReaderOptions
        {
            BaseIri = baseIri ?? new Uri(Path.GetFullPath(path)).AbsoluteUri,
            SourceName = path,
        };
        var graph = new RdfGraph();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        graph.Load(stream, syntax ?? SyntaxOfExtension(path), options, trackSources);
        return graph;
    }

    /// <summary>
    /// Whether the two graphs are the same up to a renaming of blank nodes (RDF 1.1 Concepts §3.6).
    /// </summary>
    public bool IsIsomorphicTo(RdfGraph other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return GraphIsomorphism.AreIsomorphic([.. Triples], [.. other.Triples]);
    }

    private static RdfSyntax SyntaxOfExtension(string path) =>
        Path.GetExtension(path).Equals(".nt", StringComparison.OrdinalIgnoreCase) ? RdfSyntax.NTriples : RdfSyntax.Turtle;
}
