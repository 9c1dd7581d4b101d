using ToekomstZorg.Semantics.Vocabulary.Diff;

namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>What one reload changed: the semantic diff from the version served before to the one served after.</summary>
/// <param name="FromVersion">The version served before the reload.</param>
/// <param name="ToVersion">The version the reload swapped in.</param>
/// <param name="At">When the new version was swapped in.</param>
/// <param name="Diff">The diff (it holds only strings, not the two snapshots).</param>
public sealed record ReleaseNote(string FromVersion, string ToVersion, DateTimeOffset At, VocabularyDiff Diff);
