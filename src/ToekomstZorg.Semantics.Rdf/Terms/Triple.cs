namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>An RDF triple. The subject is an IRI or blank node, the predicate an IRI.</summary>
public sealed record Triple(RdfTerm Subject, Iri Predicate, RdfTerm Object)
{
    /// <summary>The triple as one N-Triples line, without the newline.</summary>
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
