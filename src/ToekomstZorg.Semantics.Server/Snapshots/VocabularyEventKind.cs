namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>What a <see cref="VocabularyEvent"/> reports.</summary>
public enum VocabularyEventKind
{
    /// <summary>The version being served when a watch started.</summary>
    Current,

    /// <summary>A reload succeeded and its version is now served.</summary>
    Reloaded,

    /// <summary>A reload failed; the previous version is still served.</summary>
    ReloadFailed,
}
