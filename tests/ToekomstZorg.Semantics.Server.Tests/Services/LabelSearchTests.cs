using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Services;

public sealed class LabelSearchTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public void Search_Abbreviation_FindsTheConceptThroughItsAltLabel()
    {
        var response = LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "zoco" });

        var first = response.Matches.First();
        (first.System, first.Code, first.MatchedLabel, first.MatchedLabelKind).Should().Be(("https://w3id.org/toekomstzorg/kern", "zorgcoordinatie", "Zoco", LabelKind.Alternative));
    }

    [Fact]
    public void Search_WithoutDiacritics_FindsTheLabelWithThem_ExactBeforePrefix()
    {
        var response = LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "zorgcoordinatie", Systems = { "kern", "ggz" } });

        response.Matches.Select(m => m.Code).Should().OnlyContain(c => c == "zorgcoordinatie");
        response.Matches.Select(m => m.System).Should().BeEquivalentTo("https://w3id.org/toekomstzorg/kern", "https://w3id.org/toekomstzorg/ggz");
        response.Matches.Should().BeInDescendingOrder(m => m.Score);
    }

    [Fact]
    public void Search_PrefixRanksBelowExact()
    {
        var response = LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "overleg", Systems = { "kern" } });

        response.Matches.Select(m => m.Code).Should().Equal("overleg", "mdo");
        response.Matches[0].Score.Should().BeGreaterThan(response.Matches[1].Score);
    }

    [Fact]
    public void Search_LanguageAndLimit_Restrict()
    {
        var english = LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "meeting", Language = "en" });
        var dutch = LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "meeting", Language = "nl" });
        var one = LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "dubbeldiagnose", Limit = 1 });

        english.Matches.Select(m => m.MatchedLanguage).Should().OnlyContain(l => l == "en").And.NotBeEmpty();
        english.Matches.First().Display.Should().Be("meeting");
        dutch.Matches.Should().BeEmpty();
        one.Matches.Should().ContainSingle();
    }

    [Theory]
    [InlineData("", 0, "text is required")]
    [InlineData("x", -1, "limit")]
    [InlineData("x", 1001, "limit")]
    public void Search_BadRequest_NamesTheField(string text, int limit, string message)
    {
        var search = () => LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = text, Limit = limit });

        search.Should().Throw<TerminologyRequestException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Search_UnknownSystem_IsNotFound()
    {
        var search = () => LabelSearch.Search(fixture.Vocabulary, new SearchRequest { Text = "x", Systems = { "nope" } });

        search.Should().Throw<TerminologyRequestException>().Which.Fault.Should().Be(TerminologyFault.NotFound);
    }
}
