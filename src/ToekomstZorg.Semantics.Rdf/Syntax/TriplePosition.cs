namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>Where a triple's subject and object were written in the source document.</summary>
public readonly record struct TriplePosition(TextPosition Subject, TextPosition Object);
