using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Vocabulary;

/// <summary>A <see cref="VocabularySnapshot"/> as the terminology exporters read it (<see cref="ExportVocabulary"/>, private to them).</summary>
internal static class SnapshotExport
{
    /// <summary>Schemes, concepts, mappings and false friends of the snapshot, in the export model.</summary>
    public static ExportVocabulary From(VocabularySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ExportVocabulary(
            snapshot.Version,
            snapshot.Schemes.Select(s => Scheme(snapshot, s)).ToArray(),
            snapshot.Mappings.Select(m => new ExportMapping(
                m.Subject.Scheme.Key, m.Subject.Code, m.Relation, m.Object.Scheme.Key, m.Object.Code, m.Rationale, m.Sources)).ToArray(),
            snapshot.FalseFriends.Select(f => new ExportFalseFriend(f.First.Scheme.Key, f.First.Code, f.Second.Scheme.Key, f.Second.Code, f.Rationale)).ToArray());
    }

    private static ExportScheme Scheme(VocabularySnapshot snapshot, ConceptScheme scheme) => new(
        scheme.Key, scheme.Iri, scheme.Titles, scheme.Definitions, scheme.Modified,
        scheme.Concepts.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => Concept(snapshot, c)).ToArray());

    // A replacement outside the vocabulary has no (system, code) to export: only the resolvable ones are kept.
    private static ExportConcept Concept(VocabularySnapshot snapshot, Concept concept) => new(
        concept.Code,
        concept.Iri,
        concept.PrefLabels,
        concept.Labels.Where(l => l.Kind == LabelKind.Alternative).Select(l => (l.Language, l.Text)).ToArray(),
        concept.Definitions,
        concept.Broader.Select(b => b.Code).ToArray(),
        concept.Deprecated)
    {
        ReplacedBy = concept.ReplacedBy.Select(snapshot.FindByIri).OfType<Concept>().Select(r => (r.Scheme.Iri, r.Code)).ToArray(),
    };
}
