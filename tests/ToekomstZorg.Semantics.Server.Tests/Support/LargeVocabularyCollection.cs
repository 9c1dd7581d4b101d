namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>
/// The tests on <see cref="LargeVocabularyFixture"/>: run alone, after the parallel tests, so that building 100 000
/// concepts does not take the CPU from the timing tests (reload latency) running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeVocabularyCollection : ICollectionFixture<LargeVocabularyFixture>
{
    public const string Name = "Large vocabulary";
}
