namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>
/// How a translation target relates to the source concept. Mirrors FHIR R4 ConceptMapEquivalence
/// (http://hl7.org/fhir/R4/valueset-concept-map-equivalence.html); the FHIR code is
/// <see cref="EquivalenceCodes.ToFhirCode"/>. Read as "the target is ... the source".
/// </summary>
public enum Equivalence
{
    /// <summary>The concepts are related to each other, and have at least some overlap in meaning, but the exact relationship is not known.</summary>
    RelatedTo,

    /// <summary>The definitions of the concepts mean the same thing (including when structural implications of meaning are considered).</summary>
    Equivalent,

    /// <summary>The definitions of the concepts are exactly the same (i.e. only grammatical differences).</summary>
    Equal,

    /// <summary>The target mapping is wider in meaning than the source concept.</summary>
    Wider,

    /// <summary>The target mapping subsumes the meaning of the source concept.</summary>
    Subsumes,

    /// <summary>The target mapping is narrower in meaning than the source concept.</summary>
    Narrower,

    /// <summary>The target mapping specializes the meaning of the source concept.</summary>
    Specializes,

    /// <summary>The target mapping overlaps with the source concept, but both source and target cover additional meaning, or the definitions are imprecise.</summary>
    Inexact,

    /// <summary>There is no match for this concept in the target code system.</summary>
    Unmatched,

    /// <summary>This is an explicit assertion that there is no mapping between the source and target concept.</summary>
    Disjoint,
}
