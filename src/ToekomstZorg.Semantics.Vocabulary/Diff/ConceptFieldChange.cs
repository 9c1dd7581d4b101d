namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>
/// One change of a concept that is in both versions. For a field with one value per language (pref label, definition,
/// scope note) <see cref="Old"/> and <see cref="New"/> are the two values (one null when the language was added or
/// removed); for a set (alt and hidden labels, editorial notes, sources, broader) each added value is a change with
/// <see cref="Old"/> null, each removed one with <see cref="New"/> null.
/// </summary>
/// <param name="Concept">The concept (named as in the new version).</param>
/// <param name="Field">What changed.</param>
/// <param name="Language">The language tag for labels and notes with one; null otherwise.</param>
/// <param name="Old">The old value, or null.</param>
/// <param name="New">The new value, or null.</param>
public sealed record ConceptFieldChange(DiffConcept Concept, ConceptField Field, string? Language, string? Old, string? New);
