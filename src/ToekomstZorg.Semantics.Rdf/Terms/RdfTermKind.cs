namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>The three kinds of RDF term.</summary>
public enum RdfTermKind : byte
{
    /// <summary>An absolute IRI.</summary>
    Iri = 1,

    /// <summary>A blank node, identified by a label local to one graph.</summary>
    BlankNode = 2,

    /// <summary>A literal with a datatype and, for <c>rdf:langString</c>, a language tag.</summary>
    Literal = 3,
}
