namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>How the outcome of one translation (source concept into a target scheme) changed for one target concept.</summary>
public enum TranslationImpactKind
{
    /// <summary>The target is a match in the new version and was not in the old one.</summary>
    Gained,
    /// <summary>The target was a match in the old version and is not in the new one.</summary>
    Lost,
    /// <summary>The target is a match in both, with another equivalence.</summary>
    EquivalenceChanged,
    /// <summary>The target is a match in both with the same equivalence, and its false-friend warning appeared or went.</summary>
    WarningChanged,
}
