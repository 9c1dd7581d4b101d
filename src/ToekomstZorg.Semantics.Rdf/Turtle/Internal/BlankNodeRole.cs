namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>How the Turtle writer spells a blank node.</summary>
internal enum BlankNodeRole
{
    /// <summary>Used once as an object: written in place as <c>[ ... ]</c>.</summary>
    Inline,

    /// <summary>The head of a well-formed list used once as an object: written as <c>( ... )</c>.</summary>
    ListHead,

    /// <summary>A later cell of a list written as <c>( ... )</c>; never written on its own.</summary>
    ListCell,

    /// <summary>Never used as an object: its own <c>[ ... ] .</c> block.</summary>
    Anonymous,

    /// <summary>Used more than once, or in a cycle: written as <c>_:bN</c>, with a block if it has triples.</summary>
    Labelled,
}
