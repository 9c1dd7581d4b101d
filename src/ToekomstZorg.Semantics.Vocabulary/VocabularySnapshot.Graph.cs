using ToekomstZorg.Semantics.Rdf.Graph;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// The graph the snapshot was built from, with its indexes built: the linked-data answers (a concept's own
    /// triples, its mappings and their annotation axioms) are the triples as written, not a re-serialisation of the
    /// model. Read-only by contract: nothing may add or remove triples after the snapshot is built.
    /// </summary>
    public RdfGraph Graph { get; private init; } = new();
}
