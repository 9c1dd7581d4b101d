using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// Looks a concept up: its display and definition for <paramref name="languages"/> (most preferred first), its
    /// designations (preferred labels by language tag, then alternative, then hidden labels) and its replacements.
    /// </summary>
    public LookupResult Lookup(Concept concept, IReadOnlyList<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var designations = new List<ConceptLabel>(concept.Labels.Count);
        designations.AddRange(concept.Labels.Where(l => l.Kind == LabelKind.Preferred).OrderBy(l => l.Language, StringComparer.Ordinal));
        designations.AddRange(concept.Labels.Where(l => l.Kind == LabelKind.Alternative));
        designations.AddRange(concept.Labels.Where(l => l.Kind == LabelKind.Hidden));
        return new LookupResult(
            concept,
            concept.Display(languages),
            concept.Definition(languages),
            designations,
            concept.ReplacedBy.Select(iri => new ConceptReplacement(iri, FindByIri(iri))).ToArray());
    }

    /// <summary>Looks up <paramref name="code"/> of the scheme <paramref name="systemOrKey"/>; null when either is unknown.</summary>
    public LookupResult? Lookup(string systemOrKey, string code, IReadOnlyList<string>? languages = null) =>
        TryGetConcept(systemOrKey, code, out var concept) ? Lookup(concept, languages) : null;
}
