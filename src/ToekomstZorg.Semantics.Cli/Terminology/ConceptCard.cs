using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>What <c>tzsem lookup</c> shows of one concept, whether read from a vocabulary folder or from a server.</summary>
/// <param name="Concept">The concept itself (with its IRI).</param>
/// <param name="Deprecated"><c>owl:deprecated true</c>.</param>
/// <param name="Labels">Preferred labels by language, then alternative, then hidden labels, each in vocabulary order.</param>
/// <param name="Definitions">Definitions by language, in language order.</param>
/// <param name="EditorialNotes">Editorial notes.</param>
/// <param name="Broader">Broader concepts in the same scheme.</param>
/// <param name="Narrower">Narrower concepts in the same scheme, in code order.</param>
/// <param name="Mappings">Mappings from or to the concept, read from its side.</param>
/// <param name="Sources"><c>dct:source</c> values.</param>
/// <param name="VocabularyVersion">The version of the vocabulary that answered.</param>
internal sealed record ConceptCard(
    ConceptReference Concept,
    bool Deprecated,
    IReadOnlyList<ConceptLabel> Labels,
    IReadOnlyList<KeyValuePair<string, string>> Definitions,
    IReadOnlyList<string> EditorialNotes,
    IReadOnlyList<ConceptReference> Broader,
    IReadOnlyList<ConceptReference> Narrower,
    IReadOnlyList<ConceptCardMapping> Mappings,
    IReadOnlyList<string> Sources,
    string VocabularyVersion);
