namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>A concept that became <c>owl:deprecated</c>, with its <c>dct:isReplacedBy</c> replacements in the new version.</summary>
public sealed record ConceptDeprecation(DiffConcept Concept, IReadOnlyList<DiffConcept> ReplacedBy);
