using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Cli.Diff;

/// <summary>A loaded side: its snapshot and how many lint errors (other than syntax) it has.</summary>
internal sealed record DiffSideLoad(DiffSide Side, VocabularySnapshot Snapshot, int LintErrors);
