using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Search;

/// <summary>One search result: the concept and the label that matched.</summary>
public sealed record SearchHit(Concept Concept, ConceptLabel MatchedLabel, SearchMatchKind MatchKind, int Rank);
