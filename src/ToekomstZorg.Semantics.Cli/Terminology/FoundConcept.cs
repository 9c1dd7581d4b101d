using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>One result of <c>tzsem search</c>.</summary>
/// <param name="Concept">The concept found, its display in the requested language.</param>
/// <param name="MatchedText">The label that matched, or the code.</param>
/// <param name="Language">The language of the matched label; empty for a code match.</param>
/// <param name="MatchKind">How it matched.</param>
internal sealed record FoundConcept(ConceptReference Concept, string MatchedText, string Language, SearchMatchKind MatchKind);
