namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>The SKOS lexical label properties.</summary>
public enum LabelKind
{
    /// <summary>skos:prefLabel.</summary>
    Preferred,
    /// <summary>skos:altLabel (abbreviations, synonyms).</summary>
    Alternative,
    /// <summary>skos:hiddenLabel (spelling variants, for search only).</summary>
    Hidden,
}
