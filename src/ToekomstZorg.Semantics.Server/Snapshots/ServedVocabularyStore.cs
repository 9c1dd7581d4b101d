using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Server.Internal;
using ToekomstZorg.Semantics.Vocabulary.Diff;

namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>
/// The served vocabulary with atomic reload: a reload builds a complete new snapshot off to the side and swaps one
/// reference, so readers see either the old or the new version, never a mix. A reload that fails keeps the last good
/// version. Reloads are serialized. The one store of the project: each version is a <see cref="ServedVocabulary"/>, the
/// snapshot together with what serving it needs (its FHIR resource translator, its terminology export, its lint
/// warnings), built once per version, and the events carry lint diagnostics for WatchVocabulary.
/// </summary>
public sealed class ServedVocabularyStore : IVocabularySource
{
    private readonly IVocabularyLoader _loader;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lock _reloadGate = new();

    // The release notes are computed off the reload gate, one after the other in reload order, so the diff (which
    // translates every affected concept) never delays the next reload of a curator's edits.
    private Task _releaseNotesComputed = Task.CompletedTask;
    private ServedVocabulary _current;

    private ServedVocabularyStore(string directory, IVocabularyLoader loader, ILogger logger, TimeProvider time, ServedVocabulary first)
    {
        Directory = directory;
        _loader = loader;
        _logger = logger;
        _time = time;
        _current = first;
    }

    /// <summary>
    /// The semantic diff of each applied reload against the version it replaced (the last
    /// <see cref="ReleaseNotes.DefaultCapacity"/>), computed on the reloading thread after the swap, never on a request.
    /// </summary>
    public ReleaseNotes Releases { get; } = new();

    /// <summary>Completes when the release notes of every reload applied so far are in <see cref="Releases"/>.</summary>
    public Task ReleaseNotesComputed => Volatile.Read(ref _releaseNotesComputed);

    /// <summary>The directory being served.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public ServedVocabulary Current => Volatile.Read(ref _current);

    /// <inheritdoc />
    /// <remarks>Handlers run under the reload lock: they must be quick and must not throw (queue the event and return).</remarks>
    public event Action<VocabularyEvent>? Reloaded;

    /// <summary>Loads the directory for the first time.</summary>
    /// <exception cref="VocabularyLoadException">The vocabulary does not load; the server cannot start on it.</exception>
    public static ServedVocabularyStore Open(string directory, IVocabularyLoader loader, ILogger logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(logger);
        var first = loader.Load(directory);
        LogLoaded(logger, first);
        foreach (var warning in first.Warnings)
        {
            ServerLog.VocabularyDiagnostic(logger, warning.ToString());
        }

        return new ServedVocabularyStore(directory, loader, logger, time ?? TimeProvider.System, first);
    }

    /// <inheritdoc />
    public VocabularyEvent Reload()
    {
        VocabularyEvent outcome;
        lock (_reloadGate)
        {
            var previous = Current;
            var started = Stopwatch.GetTimestamp();
            try
            {
                var next = _loader.Load(Directory);
                if (next.Version == previous.Version)
                {
                    // Same bytes (an editor touched a file): nothing to swap, but watchers still hear the attempt.
                    ServerLog.VocabularyUnchanged(_logger, previous.Version);
                    outcome = new VocabularyEvent(VocabularyEventKind.Reloaded, previous.Version, _time.GetUtcNow(), next.Warnings);
                }
                else
                {
                    Volatile.Write(ref _current, next);
                    ServerLog.VocabularyReloaded(_logger, previous.Version, next.Version, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    LogDiagnostics(next.Warnings);
                    outcome = new VocabularyEvent(VocabularyEventKind.Reloaded, next.Version, _time.GetUtcNow(), next.Warnings);
                }
            }
            catch (VocabularyLoadException e)
            {
                ServerLog.VocabularyReloadFailed(_logger, e.Diagnostics.Count(d => d.IsError), previous.Version);
                LogDiagnostics(e.Diagnostics);
                outcome = new VocabularyEvent(VocabularyEventKind.ReloadFailed, previous.Version, _time.GetUtcNow(), e.Diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var diagnostic = new VocabularyDiagnostic("io", VocabularyDiagnostic.Error, e.Message);
                ServerLog.VocabularyReloadFailed(_logger, 1, previous.Version);
                LogDiagnostics([diagnostic]);
                outcome = new VocabularyEvent(VocabularyEventKind.ReloadFailed, previous.Version, _time.GetUtcNow(), [diagnostic]);
            }

            // Inside the gate, so watchers see the events in the order the versions were swapped.
            Reloaded?.Invoke(outcome);

            // After the swap and the event: the new version already serves while its release note is computed, on the
            // thread pool and chained to the previous note's computation so notes are added in reload order.
            var served = Current;
            if (!ReferenceEquals(previous, served))
            {
                Volatile.Write(ref _releaseNotesComputed, Volatile.Read(ref _releaseNotesComputed).ContinueWith(
                    _ => AddReleaseNote(previous, served), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default));
            }
        }

        return outcome;
    }

    private void AddReleaseNote(ServedVocabulary previous, ServedVocabulary next)
    {
        try
        {
            var diff = VocabularyDiff.Compute(previous.Snapshot, next.Snapshot);
            Releases.Add(new ReleaseNote(previous.Version, next.Version, next.LoadedAt, diff));
            ServerLog.ReleaseNote(_logger, next.Version, diff.ConceptsAdded.Count, diff.ConceptsRemoved.Count, diff.ImpactedTranslations);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A diff that fails must not fail the reload that already succeeded: the version serves without a note.
            ServerLog.ReleaseNoteFailed(_logger, next.Version, e);
        }
    }

    private void LogDiagnostics(IReadOnlyList<VocabularyDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            ServerLog.VocabularyDiagnostic(_logger, diagnostic.ToString());
        }
    }

    private static void LogLoaded(ILogger logger, ServedVocabulary vocabulary) =>
        ServerLog.VocabularyLoaded(logger, vocabulary.Version, vocabulary.Directory, vocabulary.Snapshot.Schemes.Count, vocabulary.Snapshot.ConceptCount);
}
