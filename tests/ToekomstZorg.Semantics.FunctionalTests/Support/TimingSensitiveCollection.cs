namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>
/// The tests that assert on elapsed time (a clean edit is live within a second, shutdown within seconds) and the test
/// that saturates the cores with h2load: run one class at a time, so the load cannot make the timings fail on a
/// 2-core machine. xunit runs other test classes in parallel as usual.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TimingSensitiveCollection
{
    /// <summary>The collection's name for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "timing-sensitive";
}
