namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>A SKOS mapping property, read from subject to object.</summary>
public enum MappingRelation
{
    /// <summary>skos:exactMatch: the same meaning.</summary>
    Exact,
    /// <summary>skos:closeMatch: near enough for most uses, not identical.</summary>
    Close,
    /// <summary>skos:broadMatch: the object is broader.</summary>
    Broad,
    /// <summary>skos:narrowMatch: the object is narrower.</summary>
    Narrow,
    /// <summary>skos:relatedMatch: associated.</summary>
    Related,
}
