namespace ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

/// <summary>The concept part of a diff, each list sorted.</summary>
internal sealed record ConceptChanges(
    IReadOnlyList<DiffConcept> Added,
    IReadOnlyList<DiffConcept> Removed,
    IReadOnlyList<ConceptDeprecation> Deprecated,
    IReadOnlyList<DiffConcept> Reinstated,
    IReadOnlyList<ConceptFieldChange> Fields);
