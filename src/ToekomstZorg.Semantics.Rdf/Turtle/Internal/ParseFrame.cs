using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// One open production on the parser's explicit stack (nesting depth is bounded by memory, not by
/// the call stack). For a collection, <see cref="Subject"/> is the last list cell and
/// <see cref="Head"/> the first.
/// </summary>
internal struct ParseFrame
{
    public FrameKind Kind;
    public FrameState State;
    public StoredTerm Subject;
    public StoredTerm Predicate;
    public StoredTerm Head;

    /// <summary>Arena length when the frame was opened; popping truncates to it.</summary>
    public int ArenaMark;

    /// <summary>Arena length after the subject; a new predicate replaces everything above it.</summary>
    public int SubjectEnd;

    /// <summary>Where '[' or '(' was written.</summary>
    public TextPosition Opened;
}
