using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>
/// A command's RDF input: a file path or <c>-</c> for standard input, its syntax (named, else from the
/// extension, else Turtle) and the reader options (base IRI: named, else the file's <c>file:</c> URI).
/// </summary>
internal sealed class RdfInput
{
    public const string StandardInputName = "-";

    private RdfInput(string path, RdfSyntax syntax, RdfReaderOptions options)
    {
        Path = path;
        Syntax = syntax;
        Options = options;
    }

    public string Path { get; }

    public RdfSyntax Syntax { get; }

    public RdfReaderOptions Options { get; }

    public bool IsStandardInput => Path == StandardInputName;

    public static RdfInput Create(string path, RdfSyntax? syntax, string? baseIri)
    {
        var isStandardInput = path == StandardInputName;
        var options = new RdfReaderOptions
        {
            SourceName = isStandardInput ? "<stdin>" : path,
            BaseIri = baseIri ?? (isStandardInput ? null : new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri),
        };
        return new RdfInput(path, syntax ?? (isStandardInput ? RdfSyntax.Turtle : SyntaxOfExtension(path) ?? RdfSyntax.Turtle), options);
    }

    /// <summary><c>.ttl</c> is Turtle, <c>.nt</c> N-Triples; anything else is not known from its name.</summary>
    public static RdfSyntax? SyntaxOfExtension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".ttl" or ".turtle" => RdfSyntax.Turtle,
        ".nt" or ".ntriples" => RdfSyntax.NTriples,
        _ => null,
    };

    /// <summary>Reads the input into a sink (streaming; the sink decides what to keep).</summary>
    public void ReadInto(CliConsole console, ITripleSink sink)
    {
        if (IsStandardInput)
        {
            RdfReader.Read(console.Input, Syntax, sink, Options);
            return;
        }

        using var stream = OpenFile();
        RdfReader.Read(stream, Syntax, sink, Options);
    }

    /// <summary>Loads the input into a new graph.</summary>
    public RdfGraph LoadGraph(CliConsole console)
    {
        var graph = new RdfGraph();
        if (IsStandardInput)
        {
            graph.Load(console.Input, Syntax, Options);
            return graph;
        }

        using var stream = OpenFile();
        graph.Load(stream, Syntax, Options);
        return graph;
    }

    private FileStream OpenFile()
    {
        try
        {
            // The readers buffer themselves, so no FileStream buffer.
            return new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"{Path}: no such file");
        }
    }
}
