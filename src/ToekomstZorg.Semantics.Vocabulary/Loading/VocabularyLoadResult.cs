using ToekomstZorg.Semantics.Vocabulary.Lint;

namespace ToekomstZorg.Semantics.Vocabulary.Loading;

/// <summary>A loaded vocabulary folder: the snapshot and every lint finding.</summary>
public sealed record VocabularyLoadResult(VocabularySnapshot Snapshot, IReadOnlyList<LintDiagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    /// <summary>True when any finding is an error: such a snapshot is never served.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>How long each phase of the load took.</summary>
    public VocabularyLoadTimings? Timings { get; init; }
}
