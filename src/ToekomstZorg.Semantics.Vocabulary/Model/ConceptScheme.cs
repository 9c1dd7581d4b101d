using ToekomstZorg.Semantics.Vocabulary.Model.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>
/// A SKOS concept scheme: the core (<c>kern</c>), a sector, or a reference scheme (an external code system under
/// <c>vocab/reference/</c> that the house vocabulary maps to, <see cref="IsReference"/>).
/// </summary>
public sealed class ConceptScheme
{
    internal ConceptScheme(string iri, string key)
    {
        Iri = iri;
        Key = key;
    }

    /// <summary>The scheme IRI, which FHIR uses as the coding system.</summary>
    public string Iri { get; }

    /// <summary>The key (<c>skos:notation</c>), e.g. <c>ggz</c>.</summary>
    public string Key { get; }

    /// <summary>Titles (<c>skos:prefLabel</c>) by language.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; internal set; } = LanguageMap.Empty;

    /// <summary>Definitions by language.</summary>
    public IReadOnlyDictionary<string, string> Definitions { get; internal set; } = LanguageMap.Empty;

    /// <summary>The newest <c>dct:modified</c> of the scheme, as written (xsd:date).</summary>
    public string? Modified { get; internal set; }

    /// <summary>The scheme's concepts, ordered by code.</summary>
    public IReadOnlyList<Concept> Concepts { get; internal set; } = [];

    /// <summary>
    /// True for a reference scheme: an external code system (<c>vocab/reference/</c>) loaded with its own IRIs, codes
    /// and languages. The house rules (Dutch label and definition, source, mapping to the core, code pattern) do not
    /// apply to it; the lint checks its RDF and SKOS integrity only.
    /// </summary>
    public bool IsReference { get; internal set; }

    /// <summary>
    /// <c>tz:codeNamespace</c>: the IRI prefix that, taken off a concept IRI, leaves its code (for concepts without a
    /// <c>skos:notation</c>). Null when the scheme does not declare one.
    /// </summary>
    public string? CodeNamespace { get; internal set; }

    /// <summary>Where the scheme was declared.</summary>
    public SourceLocation? Location { get; internal set; }

    /// <summary>
    /// The title in <paramref name="language"/>, else Dutch, else English, else the title of the language tag that sorts
    /// first, else the key (the language rule of <see cref="Concept.Display(IReadOnlyList{string})"/>).
    /// </summary>
    public string Title(string? language = null) => LanguagePreference.Pick(Titles, language is null ? null : [language]) ?? Key;

    /// <summary>The definition by the same language rule; null when there is none.</summary>
    public string? Definition(IReadOnlyList<string>? languages = null) => LanguagePreference.Pick(Definitions, languages);

    /// <inheritdoc />
    public override string ToString() => Key;
}
