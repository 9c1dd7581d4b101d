using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

public sealed class SearchIndexSortTests
{
    [Fact]
    public void SortOrdinal_KeysSharingLongPrefixesRepeatedAndUnfolded_OrdinalOrderThenAddedOrder()
    {
        // Arrange: keys that tie on their first 11, 22 or 33 characters, whole keys repeated, and characters folding never
        // writes (which pack alike with their neighbours), so every way of breaking a tie is taken.
        var random = new Random(23);
        string[] stems = ["zorgcoordinatie", "zorgcoordinatieplan", "zorgcoordinatieplanoverleg", "outreachteam", "a", string.Empty, "dubbel diagnose"];
        char[] tails = ['a', 'b', 'z', '0', ' ', '-', 'é', 'A'];
        var keys = Enumerable.Range(0, 4_000)
            .Select(_ => stems[random.Next(stems.Length)] + new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => tails[random.Next(random.Next(3) == 0 ? tails.Length : 3)]).ToArray()))
            .ToArray();
        var expected = keys.Select((key, index) => (key, index)).OrderBy(e => e.key, StringComparer.Ordinal).ThenBy(e => e.index).ToList();
        var entries = Enumerable.Range(0, keys.Length).ToArray();

        // Act
        var (sortedKeys, sortedEntries) = SearchIndex.SortOrdinal(keys, entries);

        // Assert: each entry went with its key, and equal keys kept the order they were added in.
        sortedKeys.Should().Equal(expected.Select(e => e.key));
        sortedEntries.Should().Equal(expected.Select(e => e.index));
    }
}
