namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>An absolute IRI (RFC 3987), held as its string value.</summary>
public sealed class Iri : RdfTerm
{
    /// <summary>Creates an IRI term. The value is taken as given; readers resolve relative references first.</summary>
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The IRI string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override RdfTermKind Kind => RdfTermKind.Iri;

    /// <inheritdoc />
    public override bool Equals(RdfTerm? other) => other is Iri iri && string.Equals(Value, iri.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RdfTermKind.Iri, StringComparer.Ordinal.GetHashCode(Value));

    /// <inheritdoc />
    public override string ToString() => NTriplesFormat.FormatIri(Value);
}
