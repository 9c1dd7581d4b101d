namespace ToekomstZorg.Semantics.Rdf.Syntax;

using ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>
/// A term as a reader produces it, borrowed from the reader's buffers for the duration of one
/// <see cref="ITripleSink.Triple"/> call; copy what you keep. All spans are UTF-8 with escapes
/// already decoded: <see cref="Value"/> is the absolute IRI, the blank-node label (without <c>_:</c>)
/// or the literal's lexical form. For literals, an empty <see cref="Language"/> and empty
/// <see cref="Datatype"/> means <c>xsd:string</c>.
/// </summary>
public readonly ref struct TermRef
{
    /// <summary>Creates a borrowed term.</summary>
    public TermRef(RdfTermKind kind, ReadOnlySpan<byte> value, ReadOnlySpan<byte> datatype = default, ReadOnlySpan<byte> language = default)
    {
        Kind = kind;
        Value = value;
        Datatype = datatype;
        Language = language;
    }

    /// <summary>The kind of term.</summary>
    public RdfTermKind Kind { get; }

    /// <summary>The IRI, blank-node label or lexical form, as UTF-8.</summary>
    public ReadOnlySpan<byte> Value { get; }

    /// <summary>The literal's datatype IRI, empty for plain and language-tagged strings.</summary>
    public ReadOnlySpan<byte> Datatype { get; }

    /// <summary>The literal's language tag, empty when there is none.</summary>
    public ReadOnlySpan<byte> Language { get; }
}
