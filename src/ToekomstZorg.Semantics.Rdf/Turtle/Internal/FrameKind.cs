namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>What an open frame of the parser's explicit stack is reading.</summary>
internal enum FrameKind : byte
{
    /// <summary><c>triples '.'</c> at the top level.</summary>
    Statement,

    /// <summary><c>blankNodePropertyList ::= '[' predicateObjectList ']'</c>.</summary>
    BlankNodePropertyList,

    /// <summary><c>collection ::= '(' object* ')'</c>.</summary>
    Collection,
}
