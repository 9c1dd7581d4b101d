namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>The SKOS mapping properties a mapping is asserted with.</summary>
public enum SkosMappingProperty
{
    /// <summary><c>skos:exactMatch</c>.</summary>
    ExactMatch,

    /// <summary><c>skos:closeMatch</c>.</summary>
    CloseMatch,

    /// <summary><c>skos:broadMatch</c> (the object is broader).</summary>
    BroadMatch,

    /// <summary><c>skos:narrowMatch</c> (the object is narrower).</summary>
    NarrowMatch,

    /// <summary><c>skos:relatedMatch</c>.</summary>
    RelatedMatch,
}
