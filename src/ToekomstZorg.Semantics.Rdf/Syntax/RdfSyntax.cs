namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>The concrete RDF syntaxes this library reads and writes.</summary>
public enum RdfSyntax
{
    /// <summary>RDF 1.1 Turtle.</summary>
    Turtle,

    /// <summary>RDF 1.1 N-Triples.</summary>
    NTriples,
}
