using ToekomstZorg.Semantics.Vocabulary.Search;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

public sealed class SearchTests : IDisposable
{
    private readonly FixtureVocabulary _fixture = new();
    private readonly VocabularySnapshot _snapshot;

    public SearchTests() => _snapshot = _fixture.Load().Snapshot;

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("zorgcoordinatie")]
    [InlineData("ZORGCOÖRDINATIE")]
    [InlineData("Zorgcoördinatie")]
    [InlineData("zorgcoo\u0308rdinatie")]
    public void Search_WithoutOrWithDiacriticsAnyCase_FindsZorgcoordinatieByItsLabel(string text)
    {
        var hit = _snapshot.Search(new SearchQuery(text, Language: "nl")).First(h => h.Concept.ToString() == "kern:zorgcoordinatie");
        hit.MatchedLabel!.Text.Should().Be("zorgcoördinatie");
        hit.MatchKind.Should().Be(SearchMatchKind.ExactLabel);
    }

    [Fact]
    public void Search_Abbreviation_FindsByAltLabel()
    {
        var hit = _snapshot.Search(new SearchQuery("zoco")).First();
        hit.Concept.ToString().Should().Be("kern:zorgcoordinatie");
        hit.MatchedLabel!.Text.Should().Be("Zoco");
        hit.MatchKind.Should().Be(SearchMatchKind.ExactLabel);
    }

    [Fact]
    public void Search_Prefix_RanksExactBeforePrefixBeforeWord()
    {
        var hits = _snapshot.Search(new SearchQuery("zorgplan"));
        hits[0].MatchKind.Should().Be(SearchMatchKind.ExactLabel);
        hits[0].Concept.ToString().Should().Be("kern:zorgplan");
        // "zorgplan GGZ" starts with the text, but the code "zorgplan" equals it: a code match outranks a label prefix.
        hits.Should().Contain(h => h.Concept.ToString() == "ggz:zorgplan" && h.MatchKind == SearchMatchKind.Code);
        hits.Select(h => h.MatchKind).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Search_WordInsideLabel_Found() =>
        _snapshot.Search(new SearchQuery("ggz")).Select(h => h.Concept.ToString()).Should().Contain("ggz:zorgplan");

    [Fact]
    public void Search_SchemeFilter_OnlyThatScheme()
    {
        var hits = _snapshot.Search(new SearchQuery("dubbel", Schemes: ["vaph"]));
        hits.Should().NotBeEmpty().And.OnlyContain(h => h.Concept.Scheme.Key == "vaph");
    }

    [Fact]
    public void Search_LanguageFilter_OnlyLabelsInThatLanguage()
    {
        _snapshot.Search(new SearchQuery("care", Language: "en")).Should().NotBeEmpty().And.OnlyContain(h => h.MatchedLabel!.Language == "en");
        _snapshot.Search(new SearchQuery("care", Language: "nl")).Should().BeEmpty();
    }

    [Fact]
    public void Search_Limit_Respected() =>
        _snapshot.Search(new SearchQuery("d", Limit: 2)).Should().HaveCount(2);

    [Theory]
    [InlineData("")]
    [InlineData("  -- ")]
    [InlineData("onbestaand")]
    public void Search_NothingToMatch_Empty(string text) =>
        _snapshot.Search(new SearchQuery(text)).Should().BeEmpty();

    [Fact]
    public void Search_OneConcept_ReportedOnceWithItsBestLabel()
    {
        var hits = _snapshot.Search(new SearchQuery("zorgco"));
        hits.GroupBy(h => h.Concept).Should().OnlyContain(g => g.Count() == 1);
    }
}
