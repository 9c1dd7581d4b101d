namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>
/// An RDF 1.1 term: an <see cref="Iri"/>, a <see cref="BlankNode"/> or a <see cref="Literal"/>.
/// Terms are immutable values; two terms are equal when they denote the same RDF term
/// (literal language tags compare case-insensitively, as RDF 1.1 Concepts §3.3 requires).
/// </summary>
public abstract class RdfTerm : IEquatable<RdfTerm>
{
    private protected RdfTerm()
    {
    }

    /// <summary>The kind of term.</summary>
    public abstract RdfTermKind Kind { get; }

    /// <inheritdoc />
    public abstract bool Equals(RdfTerm? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is RdfTerm other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The term in N-Triples syntax.</summary>
    public abstract override string ToString();
}
