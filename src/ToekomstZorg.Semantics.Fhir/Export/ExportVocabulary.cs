namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>
/// What the terminology export reads of the vocabulary: schemes with their concepts, the asserted mappings with their
/// rationale, and the false friends. Private to the exporters: built from the snapshot (<see cref="Vocabulary.SnapshotExport"/>),
/// or by hand in tests.
/// </summary>
/// <param name="Version">The vocabulary version, written as the resources' <c>version</c>.</param>
/// <param name="Schemes">The concept schemes, kern among them.</param>
/// <param name="Mappings">Asserted SKOS mappings, sector concept as subject.</param>
/// <param name="FalseFriends">Pairs of concepts that share a word but not a meaning.</param>
internal sealed record ExportVocabulary(
    string Version,
    IReadOnlyList<ExportScheme> Schemes,
    IReadOnlyList<ExportMapping> Mappings,
    IReadOnlyList<ExportFalseFriend> FalseFriends);
