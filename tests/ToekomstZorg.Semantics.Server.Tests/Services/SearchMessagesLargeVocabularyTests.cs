using System.Diagnostics;
using System.Globalization;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Services;

/// <summary>Search over 100 000 concepts: answered from the snapshot's index, correctly, in bounded time.</summary>
[Collection(LargeVocabularyCollection.Name)]
public sealed class SearchMessagesLargeVocabularyTests(LargeVocabularyFixture fixture)
{
    [Theory]
    [InlineData(0)]
    [InlineData(73_211)]
    [InlineData(LargeVocabularyFixture.Count - 1)]
    public void Search_WholeLabelAmong100kConcepts_ExactMatchFirst(int index)
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = LargeVocabularyFixture.Label(index).ToUpperInvariant() });

        response.Matches.Should().NotBeEmpty();
        response.Matches.TakeWhile(m => m.Score == 1.0).Select(m => m.Code).Should().Contain($"c{index}");
        response.Matches.Should().BeInDescendingOrder(m => m.Score);
    }

    [Fact]
    public void Search_CompoundTailAmong100kConcepts_FindsTheOneLabelContainingIt()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "coordinatie" });

        var match = response.Matches.Should().ContainSingle().Which;
        (match.Code, match.MatchedLabel).Should().Be(("zorgcoordinatie", "zorgcoördinatie"));
    }

    [Fact]
    public void Search_CodeAmong100kConcepts_FoundByCode()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "C99999" });

        response.Matches[0].Should().BeEquivalentTo(new { Code = "c99999", MatchedLabel = "c99999", MatchedLabelKind = LabelKind.Unspecified });
    }

    [Fact]
    public void Search_ShortPrefixMatchingTensOfThousands_ReturnsAFullRankedPage()
    {
        // "plan" is the syllable of the leading digit 1: about 31 000 labels start with it.
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "plan", Limit = 50 });

        response.Matches.Should().HaveCount(50).And.OnlyContain(m => m.Score == 0.8 && m.MatchedLabel.StartsWith("plan", StringComparison.Ordinal));
        response.Matches.Select(m => m.MatchedLabel.Length).Should().BeInAscendingOrder("among equal matches the shortest label is closest to the text");
    }

    [Fact]
    public void Search_ThousandCallsOn100kConcepts_TakeFarLessThanALinearScanWould()
    {
        // A scan folding 100 000 labels per call takes tens of milliseconds; the index answers in well under one. The
        // bound leaves a hundredfold margin for a loaded machine and still fails for a scan.
        var texts = Enumerable.Range(0, 1000).Select(i => LargeVocabularyFixture.Label(i * 97)[..Math.Min(6, 3 + (i % 8))]).ToArray();
        SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = texts[0] });

        var clock = Stopwatch.StartNew();
        var found = texts.Sum(t => SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = t }).Matches.Count);
        clock.Stop();

        found.Should().BeGreaterThan(texts.Length);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), string.Create(CultureInfo.InvariantCulture, $"1000 searches took {clock.Elapsed.TotalMilliseconds:F0} ms"));
    }
}
