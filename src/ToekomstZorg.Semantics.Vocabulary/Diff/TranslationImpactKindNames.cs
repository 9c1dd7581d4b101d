namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>Names of <see cref="TranslationImpactKind"/> as JSON and reports write them.</summary>
public static class TranslationImpactKindNames
{
    /// <summary>The snake-case name, e.g. <c>equivalence_changed</c>.</summary>
    public static string ToName(this TranslationImpactKind kind) => kind switch
    {
        TranslationImpactKind.Gained => "gained",
        TranslationImpactKind.Lost => "lost",
        TranslationImpactKind.EquivalenceChanged => "equivalence_changed",
        TranslationImpactKind.WarningChanged => "warning_changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
