using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Hosting;

/// <summary>
/// Holds the snapshot that serves. A reload builds the new snapshot off to the side and swaps it in atomically only
/// when it loads and lints without errors; otherwise the last good snapshot keeps serving. Callers take
/// <see cref="Current"/> once per request, so a request never sees two versions.
/// </summary>
public sealed class VocabularyStore
{
    private readonly Lock _reloadLock = new();
    private VocabularySnapshot _current;

    /// <summary>Starts with a snapshot that has already been checked.</summary>
    public VocabularyStore(VocabularySnapshot initial, string directory)
    {
        _current = initial ?? throw new ArgumentNullException(nameof(initial));
        Directory = directory;
    }

    /// <summary>The folder the store reloads from.</summary>
    public string Directory { get; }

    /// <summary>The snapshot serving now.</summary>
    public VocabularySnapshot Current => Volatile.Read(ref _current);

    /// <summary>The last reload outcome, or null before the first reload.</summary>
    public VocabularyReloaded? LastReload { get; private set; }

    /// <summary>Raised after every reload attempt, applied or rejected (on the reloading thread).</summary>
    public event Action<VocabularyReloaded>? Reloaded;

    /// <summary>Loads <paramref name="directory"/>; throws <see cref="VocabularyLoadException"/> when it has errors.</summary>
    public static VocabularyStore Open(string directory, string coreSchemeKey = "kern")
    {
        var result = VocabularyLoader.LoadDirectory(directory, coreSchemeKey);
        return result.HasErrors
            ? throw new VocabularyLoadException(directory, result.Diagnostics.Where(d => d.IsError).ToArray())
            : new VocabularyStore(result.Snapshot, directory);
    }

    /// <summary>Reloads the folder; the outcome is also raised as <see cref="Reloaded"/>.</summary>
    public VocabularyReloaded Reload()
    {
        lock (_reloadLock)
        {
            VocabularyReloaded outcome;
            try
            {
                var result = VocabularyLoader.LoadDirectory(Directory, Current.CoreSchemeKey);
                if (result.HasErrors)
                {
                    outcome = new VocabularyReloaded(false, Current.Version, result.Snapshot.Version, result.Diagnostics, DateTimeOffset.UtcNow);
                }
                else
                {
                    Volatile.Write(ref _current, result.Snapshot);
                    outcome = new VocabularyReloaded(true, result.Snapshot.Version, result.Snapshot.Version, result.Diagnostics, DateTimeOffset.UtcNow);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var diagnostic = new LintDiagnostic(LintRules.Syntax, $"The vocabulary folder could not be read: {e.Message}", new SourceLocation(Directory, 1, 1));
                outcome = new VocabularyReloaded(false, Current.Version, null, [diagnostic], DateTimeOffset.UtcNow);
            }

            LastReload = outcome;
            Reloaded?.Invoke(outcome);
            return outcome;
        }
    }
}
