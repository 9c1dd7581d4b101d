namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>The FHIR $subsumes outcomes, for two concepts of one scheme.</summary>
public enum SubsumptionOutcome
{
    /// <summary>The same concept.</summary>
    Equivalent,
    /// <summary>A is an ancestor of B (A subsumes B).</summary>
    Subsumes,
    /// <summary>B is an ancestor of A.</summary>
    SubsumedBy,
    /// <summary>Neither.</summary>
    NotSubsumed,
}
