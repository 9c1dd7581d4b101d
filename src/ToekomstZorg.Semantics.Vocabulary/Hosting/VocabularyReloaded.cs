using ToekomstZorg.Semantics.Vocabulary.Lint;

namespace ToekomstZorg.Semantics.Vocabulary.Hosting;

/// <summary>The outcome of one reload: applied (the new version now serves) or rejected with its findings.</summary>
/// <param name="Applied">True when the new snapshot replaced the old one.</param>
/// <param name="Version">The version now serving (the old one when rejected).</param>
/// <param name="AttemptedVersion">The version of what was read, valid or not; null when nothing could be read.</param>
/// <param name="Diagnostics">Every lint finding of the attempted version.</param>
/// <param name="At">When the reload finished.</param>
public sealed record VocabularyReloaded(bool Applied, string Version, string? AttemptedVersion, IReadOnlyList<LintDiagnostic> Diagnostics, DateTimeOffset At)
{
    /// <summary>The errors that rejected the attempt.</summary>
    public IEnumerable<LintDiagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
