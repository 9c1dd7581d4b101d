using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Diff;

namespace ToekomstZorg.Semantics.Site.Tests;

/// <summary>The release-notes pages: the list of kept notes and one diff in human form, from two small vocabularies.</summary>
public sealed class ReleasePagesTests
{
    private const string Prefixes = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix dct: <http://purl.org/dc/terms/> .
        <https://example.org/kern> a skos:ConceptScheme ; skos:notation "kern" .
        <https://example.org/ggz> a skos:ConceptScheme ; skos:notation "ggz" .
        <https://example.org/kern/zoco> a skos:Concept ; skos:inScheme <https://example.org/kern> ; skos:notation "zoco" ; skos:prefLabel "zorgcoördinatie"@nl .

        """;

    private static readonly VocabularySnapshot Old = SiteVocabulary.FromTurtle(Prefixes + """
        <https://example.org/ggz/zoco> a skos:Concept ; skos:inScheme <https://example.org/ggz> ; skos:notation "zoco" ; skos:prefLabel "zorgcoördinatie GGZ"@nl ;
            skos:definition "Oude definitie."@nl ; skos:exactMatch <https://example.org/kern/zoco> .
        <https://example.org/ggz/weg> a skos:Concept ; skos:inScheme <https://example.org/ggz> ; skos:notation "weg" ; skos:prefLabel "verdwijnt"@nl .
        <https://example.org/ggz/oud> a skos:Concept ; skos:inScheme <https://example.org/ggz> ; skos:notation "oud" ; skos:prefLabel "oud begrip"@nl .
        """);

    private static readonly VocabularySnapshot New = SiteVocabulary.FromTurtle(Prefixes + """
        <https://example.org/ggz/zoco> a skos:Concept ; skos:inScheme <https://example.org/ggz> ; skos:notation "zoco" ; skos:prefLabel "zorgcoördinatie GGZ"@nl ;
            skos:definition "Nieuwe <b>definitie</b> & meer."@nl ; skos:closeMatch <https://example.org/kern/zoco> .
        <https://example.org/ggz/oud> a skos:Concept ; skos:inScheme <https://example.org/ggz> ; skos:notation "oud" ; skos:prefLabel "oud begrip"@nl ;
            owl:deprecated true ; dct:isReplacedBy <https://example.org/ggz/nieuw> .
        <https://example.org/ggz/nieuw> a skos:Concept ; skos:inScheme <https://example.org/ggz> ; skos:notation "nieuw" ; skos:prefLabel "nieuw begrip"@nl .
        """);

    private readonly VocabularySite _site = new();

    private static IDocument Parse(SiteResponse response) => new HtmlParser().ParseDocument(response.Text);

    private static SiteReleaseNote Note() =>
        new("2026-01-01+old", "2026-01-02+new", new DateTimeOffset(2026, 1, 2, 8, 30, 0, TimeSpan.Zero), VocabularyDiff.Compute(Old, New));

    [Fact]
    public void Respond_ReleasePage_NamesChangedConceptsMappingsAndImpactRowsWithLinks()
    {
        var response = _site.Respond(New, SiteRequest.Get("/releases/2026-01-02+new"), [Note()]);

        response.StatusCode.Should().Be(200);
        var page = Parse(response);
        page.QuerySelector("h1")!.TextContent.Should().Contain("2026-01-02+new");
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        headings.Should().Contain(["Toegevoegde begrippen", "Verwijderde begrippen", "Verouderde begrippen", "Gewijzigde termen, definities en bronnen", "Gewijzigde afbeeldingen", "Impact op vertalingen"]);
        var main = page.QuerySelector("main")!;
        main.QuerySelectorAll("li").Select(li => li.TextContent).Should().Contain(
            ["nieuw begrip ggz:nieuw", "verdwijnt ggz:weg", "oud begrip ggz:oud, vervangen door nieuw begrip ggz:nieuw"]);
        var links = main.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain(["/ggz/nieuw", "/ggz/oud", "/ggz/zoco", "/kern/zoco"]);
        links.Should().NotContain("/ggz/weg", "a removed concept has no page to link to");
        var impactRows = main.QuerySelectorAll("table").Last().QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        impactRows.Should().Contain(r => r.Contains("ggz:zoco", StringComparison.Ordinal) && r.Contains("kern:zoco", StringComparison.Ordinal)
            && r.Contains("equivalent", StringComparison.Ordinal) && r.Contains("inexact", StringComparison.Ordinal));
        impactRows.Should().HaveCount(Note().Diff.Impact.Count);
    }

    [Fact]
    public void Respond_ReleasePageWithMarkupInDefinition_EncodesIt()
    {
        var response = _site.Respond(New, SiteRequest.Get("/releases/2026-01-02+new"), [Note()]);

        response.Text.Should().Contain("Nieuwe &lt;b&gt;definitie&lt;/b&gt; &amp; meer.");
        Parse(response).QuerySelectorAll("main b").Should().BeEmpty();
    }

    [Fact]
    public void Respond_ReleasesIndex_ListsNotesNewestFirstWithCountsAndLinks()
    {
        var newest = Note() with { FromVersion = "2026-01-02+new", ToVersion = "2026-01-03+newer" };

        var page = Parse(_site.Respond(New, SiteRequest.Get("/releases"), [newest, Note()]));

        var rows = page.QuerySelectorAll("main tbody tr").ToList();
        rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")).Should().Equal("/releases/2026-01-03%2Bnewer", "/releases/2026-01-02%2Bnew");
        rows[1].TextContent.Should().Contain("2026-01-02 08:30 UTC");
        page.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).Should().Contain("/releases");
    }

    [Fact]
    public void Respond_ReleasesWithoutAnyReload_SaysThereIsNoPredecessor()
    {
        var page = Parse(_site.Respond(New, SiteRequest.Get("/releases"), []));

        page.QuerySelector("main .note")!.TextContent.Should().Contain("geen voorganger");
        page.QuerySelectorAll("main table").Should().BeEmpty();
    }

    [Fact]
    public void Respond_UnknownReleaseVersion_Returns404()
    {
        _site.Respond(New, SiteRequest.Get("/releases/bestaat-niet"), [Note()]).StatusCode.Should().Be(404);
    }

    [Fact]
    public void Respond_StaticSite_HasNoReleasePagesAndNoLinkToThem()
    {
        var site = new VocabularySite(new SiteOptions { Static = true });

        site.Respond(New, SiteRequest.Get("/releases"), [Note()]).StatusCode.Should().Be(404);
        Parse(site.Respond(New, SiteRequest.Get("/"))).QuerySelectorAll("a[href^='/releases']").Should().BeEmpty();
    }
}
