namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>Where something was written: file, line and column (1-based).</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary><c>file:line:column</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
