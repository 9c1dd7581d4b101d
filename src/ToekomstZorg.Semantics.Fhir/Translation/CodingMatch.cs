using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>One target concept of a translation.</summary>
/// <param name="System">The target scheme's canonical system URI.</param>
/// <param name="Code">The target concept's code (its <c>skos:notation</c>).</param>
/// <param name="Display">The target concept's preferred label, written as <c>Coding.display</c>.</param>
/// <param name="Equivalence">How the target relates to the source ("the target is ... the source").</param>
/// <param name="Path">The concept IRIs and mapping properties of each hop, for the report.</param>
/// <param name="Rationales">The curators' rationale (<c>rdfs:comment</c>) of each hop.</param>
/// <param name="Warnings">Human-readable warnings, such as a false friend.</param>
/// <param name="IsFalseFriend">Source and target share a word but not a meaning.</param>
public sealed record CodingMatch(
    string System,
    string Code,
    string? Display,
    Equivalence Equivalence,
    IReadOnlyList<string> Path,
    IReadOnlyList<string> Rationales,
    IReadOnlyList<string> Warnings,
    bool IsFalseFriend = false)
{
    /// <summary>Whether using the target loses or shifts meaning (anything but <c>equivalent</c>/<c>equal</c>).</summary>
    public bool IsLossy => Equivalence is not (Equivalence.Equivalent or Equivalence.Equal);
}
