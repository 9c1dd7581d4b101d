using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>The concept details the terminology service shows and the FHIR export model leaves out, read from a snapshot.</summary>
internal static class SnapshotDetails
{
    public static Dictionary<string, ConceptDetails> Read(VocabularySnapshot snapshot)
    {
        var details = new Dictionary<string, ConceptDetails>(StringComparer.Ordinal);
        foreach (var concept in snapshot.Schemes.SelectMany(s => s.Concepts))
        {
            details[concept.Iri] = new ConceptDetails(
                concept.Labels.Where(l => l.Kind == LabelKind.Hidden).Select(l => (l.Language, l.Text)).ToArray(),
                concept.ScopeNotes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)).ToArray(),
                concept.EditorialNotes.Select(n => (string.Empty, n)).ToArray(),
                concept.Sources,
                concept.ReplacedBy);
        }

        return details;
    }
}
