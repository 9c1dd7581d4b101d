namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>What changed on a concept that is in both versions.</summary>
public enum ConceptField
{
    /// <summary><c>skos:prefLabel</c>, one per language.</summary>
    PrefLabel,
    /// <summary><c>skos:altLabel</c>, a set per language.</summary>
    AltLabel,
    /// <summary><c>skos:hiddenLabel</c>, a set per language.</summary>
    HiddenLabel,
    /// <summary><c>skos:definition</c>, one per language.</summary>
    Definition,
    /// <summary><c>skos:scopeNote</c>, one per language.</summary>
    ScopeNote,
    /// <summary><c>skos:editorialNote</c>, a set.</summary>
    EditorialNote,
    /// <summary><c>dct:source</c>, a set.</summary>
    Source,
    /// <summary><c>skos:broader</c> within the scheme, a set of concept IRIs.</summary>
    Broader,
    /// <summary><c>skos:notation</c>: the code of the same IRI.</summary>
    Code,
}
