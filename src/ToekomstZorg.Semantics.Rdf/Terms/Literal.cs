namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>
/// An RDF literal: a lexical form with a datatype IRI, and a language tag when the datatype is
/// <c>rdf:langString</c>. Lexical forms are kept exactly as written (never canonicalised).
/// </summary>
public sealed class Literal : RdfTerm
{
    /// <summary>Creates a literal. A non-empty <paramref name="language"/> implies <c>rdf:langString</c>;
    /// otherwise a null <paramref name="datatype"/> means <c>xsd:string</c>.</summary>
    public Literal(string lexicalForm, Iri? datatype = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        LexicalForm = lexicalForm;
        if (!string.IsNullOrEmpty(language))
        {
            Language = language;
            Datatype = Vocab.RdfLangString;
        }
        else
        {
            Datatype = datatype ?? Vocab.XsdString;
        }
    }

    /// <summary>The lexical form.</summary>
    public string LexicalForm { get; }

    /// <summary>The datatype IRI (<c>rdf:langString</c> for language-tagged strings).</summary>
    public Iri Datatype { get; }

    /// <summary>The language tag as written, or null.</summary>
    public string? Language { get; }

    /// <inheritdoc />
    public override RdfTermKind Kind => RdfTermKind.Literal;

    /// <inheritdoc />
    public override bool Equals(RdfTerm? other) =>
        other is Literal l
        && string.Equals(LexicalForm, l.LexicalForm, StringComparison.Ordinal)
        && Datatype.Equals(l.Datatype)
        && string.Equals(Language, l.Language, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(LexicalForm),
        Datatype,
        Language is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Language));

    /// <inheritdoc />
    public override string ToString() => NTriplesFormat.FormatLiteral(this);
}
