using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Services;

public sealed class SearchMessagesTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public void Search_Abbreviation_FindsTheConceptThroughItsAltLabel()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "zoco" });

        var first = response.Matches.First();
        (first.System, first.Code, first.MatchedLabel, first.MatchedLabelKind).Should().Be(("https://w3id.org/toekomstzorg/kern", "zorgcoordinatie", "Zoco", LabelKind.Alternative));
    }

    [Fact]
    public void Search_WithoutDiacritics_FindsKernZorgcoordinatieThroughItsPreferredLabelNotTheCode()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "zorgcoordinatie", Systems = { "kern" } });

        var match = response.Matches.Should().ContainSingle().Which;
        (match.Code, match.MatchedLabel, match.MatchedLabelKind, match.MatchedLanguage, match.Score, match.MatchKind)
            .Should().Be(("zorgcoordinatie", "zorgcoördinatie", LabelKind.Preferred, "nl", 1.0, MatchKind.ExactLabel));
    }

    [Fact]
    public void Search_TextOnlyACodeEquals_MatchesTheCodeWithoutLabelKind()
    {
        // vaph:begeleiding has no English label "begeleiding": among English labels only its code matches.
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "begeleiding", Language = "en" });

        var match = response.Matches.Should().ContainSingle().Which;
        (match.Code, match.MatchedLabel, match.MatchedLabelKind, match.MatchedLanguage, match.Score, match.MatchKind)
            .Should().Be(("begeleiding", "begeleiding", LabelKind.Unspecified, string.Empty, 0.85, MatchKind.Code));
        match.Display.Should().Be("support");
    }

    [Fact]
    public void Search_TextInsideACompound_FoundWithTheLowestKindWeight()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "coordinatie", Language = "nl", Systems = { "kern" } });

        var match = response.Matches.Should().ContainSingle().Which;
        (match.Code, match.MatchedLabel, match.Score, match.MatchKind).Should().Be(("zorgcoordinatie", "zorgcoördinatie", 0.5, MatchKind.InsideLabel));
    }

    [Fact]
    public void Search_EveryWordInAnyOrder_FindsTheLabel()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "overleg multi", Systems = { "kern" } });

        var match = response.Matches.Should().ContainSingle().Which;
        (match.Code, match.MatchedLabel, match.Score, match.MatchKind).Should().Be(("mdo", "multidisciplinair overleg", 0.6, MatchKind.AllWords));
    }

    [Fact]
    public void Search_WithoutDiacritics_FindsTheLabelWithThem_ExactBeforePrefix()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "zorgcoordinatie", Systems = { "kern", "ggz" } });

        response.Matches.Select(m => m.Code).Should().OnlyContain(c => c == "zorgcoordinatie");
        response.Matches.Select(m => m.System).Should().BeEquivalentTo("https://w3id.org/toekomstzorg/kern", "https://w3id.org/toekomstzorg/ggz");
        response.Matches.Should().BeInDescendingOrder(m => m.Score);
    }

    [Fact]
    public void Search_PrefixRanksBelowExact()
    {
        var response = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "overleg", Systems = { "kern" } });

        response.Matches.Select(m => m.Code).Should().Equal("overleg", "mdo");
        response.Matches[0].Score.Should().BeGreaterThan(response.Matches[1].Score);
    }

    [Fact]
    public void Search_LanguageAndLimit_Restrict()
    {
        var english = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "meeting", Language = "en" });
        var dutch = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "meeting", Language = "nl" });
        var one = SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "dubbeldiagnose", Limit = 1 });

        english.Matches.Select(m => m.MatchedLanguage).Should().OnlyContain(l => l == "en").And.NotBeEmpty();
        english.Matches.First().Display.Should().Be("meeting");
        dutch.Matches.Should().BeEmpty();
        one.Matches.Should().ContainSingle();
    }

    [Theory]
    [InlineData("", 0, "text is required")]
    [InlineData("x", -1, "limit")]
    [InlineData("x", 1001, "limit")]
    [InlineData(" -- ", 0, "text is required")]
    public void Search_BadRequest_NamesTheField(string text, int limit, string message)
    {
        var search = () => SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = text, Limit = limit });

        search.Should().Throw<TerminologyRequestException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Search_TextLongerThanAThousandCharacters_NamesText()
    {
        var search = () => SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = new string('a', 1001) });

        search.Should().Throw<TerminologyRequestException>().Which.Message.Should().Be("text: at most 1000 characters, not 1001.");
    }

    [Fact]
    public void Search_EmptySystem_NamesSystems()
    {
        var search = () => SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "x", Systems = { " " } });

        search.Should().Throw<TerminologyRequestException>().Which.Message.Should().StartWith("systems is required");
    }

    [Fact]
    public void Search_UnknownSystem_IsNotFound()
    {
        var search = () => SearchMessages.Search(fixture.Vocabulary, new SearchRequest { Text = "x", Systems = { "nope" } });

        search.Should().Throw<TerminologyRequestException>().Which.Fault.Should().Be(TerminologyFault.NotFound);
    }
}
