using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>
/// A <see cref="VocabularySnapshot"/> as the export model the FHIR side and the served view read
/// (<see cref="ExportVocabulary"/>), plus the concept details the export leaves out.
/// </summary>
internal static class SnapshotModel
{
    public static ExportVocabulary Export(VocabularySnapshot snapshot) => new(
        snapshot.Version,
        snapshot.Schemes.Select(Scheme).ToArray(),
        snapshot.Mappings.Select(m => new ExportMapping(
            m.Subject.Scheme.Key, m.Subject.Code, Property(m.Relation), m.Object.Scheme.Key, m.Object.Code, m.Rationale, m.Sources)).ToArray(),
        snapshot.FalseFriends.Select(f => new ExportFalseFriend(f.First.Scheme.Key, f.First.Code, f.Second.Scheme.Key, f.Second.Code, f.Rationale)).ToArray());

    public static Dictionary<string, ConceptDetails> Details(VocabularySnapshot snapshot)
    {
        var details = new Dictionary<string, ConceptDetails>(StringComparer.Ordinal);
        foreach (var concept in snapshot.Schemes.SelectMany(s => s.Concepts))
        {
            details[concept.Iri] = new ConceptDetails(
                concept.Labels.Where(l => l.Kind == LabelKind.Hidden).Select(l => (l.Language, l.Text)).ToArray(),
                concept.ScopeNotes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)).ToArray(),
                concept.EditorialNotes.Select(n => (string.Empty, n)).ToArray(),
                concept.Sources,
                []);
        }

        return details;
    }

    private static ExportScheme Scheme(ConceptScheme scheme) => new(
        scheme.Key,
        scheme.Iri,
        scheme.Titles,
        scheme.Definitions,
        scheme.Modified,
        scheme.Concepts.OrderBy(c => c.Code, StringComparer.Ordinal).Select(Concept).ToArray());

    private static ExportConcept Concept(Concept concept) => new(
        concept.Code,
        concept.Iri,
        concept.PrefLabels,
        concept.Labels.Where(l => l.Kind == LabelKind.Alternative).Select(l => (l.Language, l.Text)).ToArray(),
        concept.Definitions,
        concept.Broader.Where(b => b.Scheme == concept.Scheme).Select(b => b.Code).ToArray(),
        concept.Deprecated);

    private static SkosMappingProperty Property(MappingRelation relation) => relation switch
    {
        MappingRelation.Exact => SkosMappingProperty.ExactMatch,
        MappingRelation.Close => SkosMappingProperty.CloseMatch,
        MappingRelation.Broad => SkosMappingProperty.BroadMatch,
        MappingRelation.Narrow => SkosMappingProperty.NarrowMatch,
        _ => SkosMappingProperty.RelatedMatch,
    };
}
