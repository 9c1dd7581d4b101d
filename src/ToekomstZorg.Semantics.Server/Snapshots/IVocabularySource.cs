namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>
/// Where the server's handlers get the vocabulary from. <see cref="Current"/> is an immutable snapshot: a call reads it
/// once when it starts and finishes on it, so a reload never changes or fails a call in flight.
/// </summary>
public interface IVocabularySource
{
    /// <summary>The version being served. Never null once the server has started.</summary>
    ServedVocabulary Current { get; }

    /// <summary>Loads the directory again; on success the new version is served, on failure the old one stays.</summary>
    VocabularyEvent Reload();

    /// <summary>Raised after every reload attempt, successful or not (on the reloading thread).</summary>
    event Action<VocabularyEvent>? Reloaded;
}
