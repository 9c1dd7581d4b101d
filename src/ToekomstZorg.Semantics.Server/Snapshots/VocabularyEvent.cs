namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>The outcome of one reload attempt (or the current state, for a new watcher).</summary>
/// <param name="Kind">Current, reloaded or failed.</param>
/// <param name="Version">The version served after the event (for a failure: the version still served).</param>
/// <param name="Time">When it happened.</param>
/// <param name="Diagnostics">Why a reload failed, and the warnings of a successful one.</param>
public sealed record VocabularyEvent(VocabularyEventKind Kind, string Version, DateTimeOffset Time, IReadOnlyList<VocabularyDiagnostic> Diagnostics);
