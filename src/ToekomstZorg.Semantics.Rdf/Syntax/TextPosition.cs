namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>
/// A place in a source document: 1-based line, 1-based column counted in Unicode code points,
/// and the 0-based byte offset into the UTF-8 input. Lines end at LF, CRLF or a lone CR.
/// </summary>
public readonly record struct TextPosition(int Line, int Column, long ByteOffset)
{
    /// <summary>The start of a document.</summary>
    public static TextPosition Start => new(1, 1, 0);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
