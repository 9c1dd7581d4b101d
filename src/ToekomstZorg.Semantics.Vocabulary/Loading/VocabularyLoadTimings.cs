namespace ToekomstZorg.Semantics.Vocabulary.Loading;

/// <summary>Where the time of one <see cref="VocabularyLoader.LoadDirectory"/> went, phase by phase (for logs and benchmarks).</summary>
/// <param name="Parse">Reading the files and parsing them into the graph.</param>
/// <param name="GraphIndex">Building the graph's SPO/POS/OSP indexes.</param>
/// <param name="Snapshot">Reading schemes, concepts, labels, hierarchy and mappings out of the graph.</param>
/// <param name="SearchIndex">Building the search index (at the same time as the lint).</param>
/// <param name="Lint">Running every lint rule (at the same time as the search index).</param>
public sealed record VocabularyLoadTimings(TimeSpan Parse, TimeSpan GraphIndex, TimeSpan Snapshot, TimeSpan SearchIndex, TimeSpan Lint)
{
    /// <summary>
    /// From the first file read to the last finding, as the clock on the wall sees it: the search index and the lint run
    /// side by side, so this is less than the sum of the phases. Without a measured value, the sum.
    /// </summary>
    public TimeSpan Total
    {
        get => field == default ? Parse + GraphIndex + Snapshot + SearchIndex + Lint : field;
        init;
    }
}
