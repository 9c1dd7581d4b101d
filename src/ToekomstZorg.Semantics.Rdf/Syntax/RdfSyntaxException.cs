namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>
/// Invalid input: says what was expected and what was found, and where
/// (<c>file:line:column: message</c>).
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    /// <summary>Creates a syntax error at a position.</summary>
    public RdfSyntaxException(string description, TextPosition position, string? sourceName = null)
        : base(Format(description, position, sourceName))
    {
        Description = description;
        Position = position;
        SourceName = sourceName;
    }

    /// <summary>What was expected and what was found, without the position.</summary>
    public string Description { get; }

    /// <summary>Where the error was found.</summary>
    public TextPosition Position { get; }

    /// <summary>The file name or other source label, if known.</summary>
    public string? SourceName { get; }

    private static string Format(string description, TextPosition position, string? sourceName) =>
        $"{sourceName ?? "<input>"}:{position.Line}:{position.Column}: {description}";
}
