using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>Where a triple was first read: the document's source name and the triple's position in it.</summary>
/// <param name="SourceName">The <see cref="RdfReaderOptions.SourceName"/> the document was loaded under, if any.</param>
/// <param name="Position">Where the triple's subject and object were written.</param>
public readonly record struct TripleSource(string? SourceName, TriplePosition Position)
{
    /// <summary><c>name:line:column</c> of the subject, as diagnostics print it.</summary>
    public override string ToString() => $"{SourceName ?? "<input>"}:{Position.Subject}";
}
