namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>Options shared by the Turtle and N-Triples readers.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The base IRI relative references resolve against (RFC 3986 §5.1); typically the retrieval IRI.</summary>
    public string? BaseIri { get; init; }

    /// <summary>The name errors are reported under (<c>file:line:column</c>), usually the file path.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// When set, a syntax error does not end the read: it is passed here and the reader resumes after
    /// the end of the broken statement (Turtle: the next '.' followed by white space; N-Triples: the
    /// next line), so a lint can report every error in one pass. Triples of broken statements may be
    /// partly emitted. Invalid UTF-8 is reported and ends the read. When null (the default), the
    /// first error is thrown.
    /// </summary>
    public Action<RdfSyntaxException>? SyntaxErrorHandler { get; init; }
}
