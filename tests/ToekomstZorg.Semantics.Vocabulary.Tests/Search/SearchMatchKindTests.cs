using ToekomstZorg.Semantics.Vocabulary.Search;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

/// <summary>The match kinds beyond whole labels and prefixes: the code, every word, text inside a label.</summary>
public sealed class SearchMatchKindTests : IDisposable
{
    // Codes that differ from every label, so a code match cannot be a label match in disguise.
    private const string Planning = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix kern: <https://w3id.org/toekomstzorg/kern/> .

        kern:vzp a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "vzp" ;
            skos:prefLabel "vroegtijdige zorgplanning"@nl , "advance care planning"@en .
        kern:vzp-team a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "planningsteam" ;
            skos:prefLabel "VZP-team"@nl , "ACP team"@en .
        kern:gesprek a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "gesprek" ;
            skos:prefLabel "planningsgesprek"@nl , "planning conversation"@en ; skos:altLabel "VZP"@nl .
        """;

    private readonly FixtureVocabulary _fixture = new();
    private readonly VocabularySnapshot _snapshot;

    public SearchMatchKindTests()
    {
        File.WriteAllText(_fixture.PathOf("planning.ttl"), Planning);
        _snapshot = _fixture.Load().Snapshot;
    }

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("vzp")]
    [InlineData("VZP")]
    public void Search_TextEqualToACode_FindsTheConceptByItsCode(string text)
    {
        var hit = _snapshot.Search(new SearchQuery(text)).Single(h => h.Concept.ToString() == "kern:vzp");

        hit.MatchKind.Should().Be(SearchMatchKind.Code);
        hit.MatchedLabel.Should().BeNull();
        hit.MatchedText.Should().Be("vzp");
    }

    [Fact]
    public void Search_Code_RanksBelowAnExactLabelAndAboveALabelPrefix()
    {
        var hits = _snapshot.Search(new SearchQuery("vzp", Schemes: ["kern"]));

        hits.Select(h => (h.Concept.Code, h.MatchKind)).Should().Equal(
            ("gesprek", SearchMatchKind.ExactLabel),
            ("vzp", SearchMatchKind.Code),
            ("planningsteam", SearchMatchKind.LabelPrefix));
    }

    [Fact]
    public void Search_CodeThatIsAlsoALabel_ReportsTheLabel()
    {
        var hit = _snapshot.Search(new SearchQuery("huisarts", Schemes: ["kern"])).Single();

        hit.MatchKind.Should().Be(SearchMatchKind.ExactLabel);
        hit.MatchedLabel!.Text.Should().Be("huisarts");
    }

    [Theory]
    [InlineData("zorgpl vroeg", "vroegtijdige zorgplanning")]
    [InlineData("care adv", "advance care planning")]
    public void Search_EveryWordStartsAWordOfTheLabel_FindsItInAnyOrder(string text, string label)
    {
        var hit = _snapshot.Search(new SearchQuery(text)).Single();

        (hit.Concept.ToString(), hit.MatchKind, hit.MatchedLabel!.Text).Should().Be(("kern:vzp", SearchMatchKind.AllWords, label));
    }

    [Fact]
    public void Search_OneWordOfSeveralMissing_NoAllWordsMatch() =>
        _snapshot.Search(new SearchQuery("zorgpl laat")).Should().BeEmpty();

    [Fact]
    public void Search_SecondHalfOfACompound_FindsTheLabelContainingIt()
    {
        var hits = _snapshot.Search(new SearchQuery("coordinatie", Language: "nl"));

        var kern = hits.Single(h => h.Concept.ToString() == "kern:zorgcoordinatie");
        kern.MatchKind.Should().Be(SearchMatchKind.InsideLabel);
        kern.MatchedLabel!.Text.Should().Be("zorgcoördinatie", "the preferred label outranks the hidden one that also contains the text");
        hits.Select(h => h.Concept.ToString()).Should().Contain("vaph:zorgcoordinatie").And.NotContain("kern:zorgcoordinator");
    }

    [Fact]
    public void Search_TwoCharactersInsideALabel_NotMatched() =>
        _snapshot.Search(new SearchQuery("rg")).Should().BeEmpty();

    [Fact]
    public void Search_WordPrefixAndInside_RankedByKind()
    {
        var hits = _snapshot.Search(new SearchQuery("plan", Limit: 50));

        hits.Select(h => h.MatchKind).Should().BeInAscendingOrder();
        hits.Should().Contain(h => h.Concept.ToString() == "kern:zorgplan" && h.MatchKind == SearchMatchKind.WordPrefix, "'care plan'");
        hits.Should().Contain(h => h.Concept.ToString() == "vaph:ondersteuningsplan" && h.MatchKind == SearchMatchKind.WordPrefix, "'support plan'");
        hits.Should().Contain(h => h.Concept.ToString() == "kern:vzp" && h.MatchKind == SearchMatchKind.WordPrefix, "'advance care planning'");
    }

    [Fact]
    public void Search_InsideLabelInOneLanguage_RespectsTheLanguage()
    {
        var hits = _snapshot.Search(new SearchQuery("ndersteunings", Language: "en"));

        hits.Should().BeEmpty();
        _snapshot.Search(new SearchQuery("ndersteunings", Language: "nl")).Should().ContainSingle()
            .Which.MatchKind.Should().Be(SearchMatchKind.InsideLabel);
    }
}
