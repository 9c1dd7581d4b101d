namespace ToekomstZorg.Semantics.Rdf.Syntax;

/// <summary>
/// Receives what a reader finds, in document order. Loading a graph, converting to another
/// syntax, counting and linting are different sinks over the same readers.
/// </summary>
public interface ITripleSink
{
    /// <summary>One triple. The terms are only valid during the call.</summary>
    /// <param name="subject">An IRI or blank node.</param>
    /// <param name="predicate">An IRI.</param>
    /// <param name="object">Any term.</param>
    /// <param name="position">Where the subject and the object were written.</param>
    void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position);

    /// <summary>A prefix declaration (<c>@prefix</c> or <c>PREFIX</c>); the IRI is already resolved.</summary>
    void Prefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri)
    {
    }

    /// <summary>A base declaration; the IRI is already resolved.</summary>
    void Base(ReadOnlySpan<byte> iri)
    {
    }
}
