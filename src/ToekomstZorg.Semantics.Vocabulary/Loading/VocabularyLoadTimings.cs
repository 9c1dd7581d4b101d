namespace ToekomstZorg.Semantics.Vocabulary.Loading;

/// <summary>Where the time of one <see cref="VocabularyLoader.LoadDirectory"/> went, phase by phase (for logs and benchmarks).</summary>
/// <param name="Parse">Reading the files and parsing them into the graph.</param>
/// <param name="GraphIndex">Building the graph's SPO/POS/OSP indexes.</param>
/// <param name="Snapshot">Reading schemes, concepts, labels, hierarchy and mappings out of the graph.</param>
/// <param name="SearchIndex">Building the search index.</param>
/// <param name="Lint">Running every lint rule.</param>
public sealed record VocabularyLoadTimings(TimeSpan Parse, TimeSpan GraphIndex, TimeSpan Snapshot, TimeSpan SearchIndex, TimeSpan Lint)
{
    /// <summary>The sum of the phases.</summary>
    public TimeSpan Total => Parse + GraphIndex + Snapshot + SearchIndex + Lint;
}
