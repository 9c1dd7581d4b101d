namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>Options shared by the Turtle and N-Triples readers.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The base IRI relative references resolve against (RFC 3986 §5.1); typically the retrieval IRI.</summary>
    public string? BaseIri { get; init; }

    /// <summary>The name errors are reported under (<c>file:line:column</c>), usually the file path.</summary>
    public string? SourceName { get; init; }
}
