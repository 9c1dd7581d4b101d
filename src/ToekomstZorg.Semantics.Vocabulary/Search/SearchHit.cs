using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Search;

/// <summary>One search result: the concept and the label (or the code) that matched.</summary>
/// <param name="Concept">The concept found.</param>
/// <param name="MatchedLabel">The best label that matched; null when only the code matched (<see cref="SearchMatchKind.Code"/>).</param>
/// <param name="MatchKind">How it matched.</param>
/// <param name="Rank">Lower is better: <c>3 × MatchKind + LabelKind</c> (a code match counts as a preferred label).</param>
public sealed record SearchHit(Concept Concept, ConceptLabel? MatchedLabel, SearchMatchKind MatchKind, int Rank)
{
    /// <summary>The text that matched: the label, or the code for a <see cref="SearchMatchKind.Code"/> match.</summary>
    public string MatchedText => MatchedLabel?.Text ?? Concept.Code;
}
