using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary><see cref="TestVocabulary"/> loaded once, for the tests of the call logic.</summary>
public sealed class SnapshotFixture : IDisposable
{
    private readonly TestVocabulary _vocabulary = new();

    public SnapshotFixture() => Vocabulary = new SnapshotVocabularyLoader(TimeProvider.System).Load(_vocabulary.Directory);

    public ServedVocabulary Vocabulary { get; }

    public void Dispose() => _vocabulary.Dispose();
}
