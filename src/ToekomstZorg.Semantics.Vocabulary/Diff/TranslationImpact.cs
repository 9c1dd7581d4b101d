using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>
/// One target of one translation whose outcome differs between the versions, e.g. <c>ggz:x → vaph:y</c> equivalent in
/// the old version, inexact in the new. The equivalences and warnings are what <see cref="VocabularySnapshot.Translate(Model.Concept, Model.ConceptScheme)"/>
/// answered in each version; null on the side where the target was not a match.
/// </summary>
/// <param name="Source">The concept translated.</param>
/// <param name="TargetScheme">The key of the scheme translated into.</param>
/// <param name="Target">The target concept.</param>
/// <param name="Kind">Gained, lost, equivalence or warning changed.</param>
/// <param name="OldEquivalence">The equivalence in the old version, or null when it was no match.</param>
/// <param name="NewEquivalence">The equivalence in the new version, or null when it is no match.</param>
/// <param name="OldFalseFriend">Whether the old match carried a false-friend warning (null when no match).</param>
/// <param name="NewFalseFriend">Whether the new match carries a false-friend warning (null when no match).</param>
public sealed record TranslationImpact(
    DiffConcept Source,
    string TargetScheme,
    DiffConcept Target,
    TranslationImpactKind Kind,
    Equivalence? OldEquivalence,
    Equivalence? NewEquivalence,
    bool? OldFalseFriend,
    bool? NewFalseFriend)
{
    /// <summary><c>ggz:x → vaph:y equivalent → inexact</c>.</summary>
    public override string ToString() =>
        $"{Source} → {Target} {OldEquivalence?.ToFhirCode() ?? "(none)"} → {NewEquivalence?.ToFhirCode() ?? "(none)"}"
        + (Kind == TranslationImpactKind.WarningChanged ? NewFalseFriend == true ? " (false-friend warning added)" : " (false-friend warning removed)" : string.Empty);
}
