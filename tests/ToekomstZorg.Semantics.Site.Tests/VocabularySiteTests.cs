using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Site.Tests;

public sealed class VocabularySiteTests
{
    private const string Kern = "https://w3id.org/toekomstzorg/kern/";
    private readonly VocabularySite _site = new();

    private SiteResponse Get(string path, string? accept = null, params (string Name, string Value)[] query) =>
        _site.Respond(SiteVocabulary.Vocab, new SiteRequest(path, query.ToDictionary(q => q.Name, q => q.Value), accept));

    private static IDocument Parse(SiteResponse response) => new HtmlParser().ParseDocument(response.Text);

    [Fact]
    public void Respond_ConceptPathWithoutAccept_ReturnsConceptPageVaryingOnAccept()
    {
        var response = Get("/kern/zorgcoordinatie");

        response.StatusCode.Should().Be(200);
        response.ContentType.Should().StartWith("text/html");
        response.VaryAccept.Should().BeTrue();
        var page = Parse(response);
        page.DocumentElement.GetAttribute("lang").Should().Be("nl");
        page.QuerySelectorAll("h1").Select(h => h.TextContent).Should().Equal("zorgcoördinatie");
        page.QuerySelectorAll("[lang=en]").Select(e => e.TextContent).Should().Contain("care coordination");
        page.QuerySelector("main")!.TextContent.Should().Contain("Zoco");
    }

    [Fact]
    public void Respond_TurtleAccept_ReturnsTheConceptsTriplesMappingsAndAxioms()
    {
        var response = Get("/kern/dubbeldiagnose", "text/turtle");

        response.StatusCode.Should().Be(200);
        response.ContentType.Should().StartWith("text/turtle");
        var graph = SiteVocabulary.ParseTurtle(response.Body);
        var concept = new Iri(Kern + "dubbeldiagnose");
        graph.Match(concept).Should().NotBeEmpty();
        graph.Match(new Iri("https://w3id.org/toekomstzorg/ggz/dubbeldiagnose"), new Iri("http://www.w3.org/2004/02/skos/core#broadMatch"), concept)
            .Should().ContainSingle("the incoming mapping is part of the concept's description");
        graph.Match(null, new Iri("http://www.w3.org/2002/07/owl#annotatedTarget"), concept).Should().NotBeEmpty("its mappings' annotation axioms come along");
        graph.Match(new Iri("https://w3id.org/toekomstzorg/kern/mdo")).Should().BeEmpty("other concepts' own triples are not");
    }

    [Theory]
    [InlineData("text/html;q=0.5, text/turtle", "text/turtle")]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/n-triples;q=1, text/turtle;q=0.9", "application/n-triples")]
    [InlineData("text/*;q=0.8, application/ld+json;q=0.3", "text/html")]
    [InlineData("*/*", "text/html")]
    [InlineData("text/turtle;q=0, */*;q=0.1", "text/html")]
    public void Respond_AcceptWithQValues_SendsTheMostPreferredRepresentation(string accept, string expected)
    {
        Get("/kern/mdo", accept).ContentType.Should().StartWith(expected);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("text/turtle;q=0")]
    public void Respond_UnsupportedAccept_Returns406(string accept)
    {
        var response = Get("/kern/mdo", accept);

        response.StatusCode.Should().Be(406);
        response.VaryAccept.Should().BeTrue();
        response.Text.Should().Contain("text/turtle");
    }

    [Theory]
    [InlineData("/kern/mdo.ttl", "text/turtle")]
    [InlineData("/kern/mdo.nt", "application/n-triples")]
    [InlineData("/kern/mdo.jsonld", "application/ld+json")]
    [InlineData("/kern/mdo.html", "text/html")]
    [InlineData("/kern.ttl", "text/turtle")]
    [InlineData("/index.jsonld", "application/ld+json")]
    public void Respond_ExtensionForm_SendsThatRepresentationWhateverTheAccept(string path, string expected)
    {
        var response = Get(path, "image/png");

        response.StatusCode.Should().Be(200);
        response.ContentType.Should().StartWith(expected);
        response.VaryAccept.Should().BeFalse();
    }

    [Fact]
    public void Respond_WholeVocabularyAsNTriples_HasEveryTripleOfTheGraph()
    {
        var response = Get("/", "application/n-triples");

        response.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(SiteVocabulary.Vocab.Graph.Count);
    }

    [Fact]
    public void Respond_ConceptWithEditorialNote_MarksItAsAnOpenQuestion()
    {
        var page = Parse(Get("/kern/outreach"));

        var notes = page.QuerySelectorAll(".open-question");
        notes.Should().ContainSingle().Which.TextContent.Should().StartWith("Open vraag").And.Contain("niet geverifieerd");
    }

    [Fact]
    public void Respond_ConceptWithFalseFriend_ShowsTheBannerWithTheOtherConceptAndRationale()
    {
        var page = Parse(Get("/ggz/dubbeldiagnose"));

        var banner = page.QuerySelector(".banner.falsefriend");
        banner.Should().NotBeNull();
        banner!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/vaph/dubbeldiagnose");
    }

    [Fact]
    public void Respond_ConceptPage_ListsEveryMappingWithEquivalenceAndRationale()
    {
        var snapshot = SiteVocabulary.Vocab;
        snapshot.TryGetConcept("kern", "dubbeldiagnose", out var concept).Should().BeTrue();
        var page = Parse(Get("/kern/dubbeldiagnose"));

        var rows = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Elke afbeelding", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(concept!.Mappings.Count);
        var ggz = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/ggz/dubbeldiagnose");
        ggz.TextContent.Should().Contain("^skos:broadMatch").And.Contain("narrower").And.Contain("verslaving");
    }

    [Fact]
    public void Respond_ConceptPage_LinksSourcesAndKeepsSeedPathsAsText()
    {
        var page = Parse(Get("/kern/dubbeldiagnose"));

        var sources = page.QuerySelector("ul.sources")!;
        sources.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("https://www.upcduffel.be/dubbeldiagnose1");
        // Seed sources name the lines and quote the sentence (vocabulary, second edition): kept whole, as text.
        sources.QuerySelectorAll("code").Select(c => c.TextContent)
            .Should().Contain(t => t.StartsWith("seeds/001_ea4b48d2184c14f7.txt#L", StringComparison.Ordinal) && t.Contains("dubbeldiagnose", StringComparison.Ordinal));
        sources.QuerySelectorAll("a").Should().NotContain(a => a.GetAttribute("href")!.StartsWith("seeds/", StringComparison.Ordinal));
    }

    [Fact]
    public void Respond_CrosswalkOfACoreConcept_HasOneRowPerSectorAndTheFalseFriendsBetweenThem()
    {
        var snapshot = SiteVocabulary.Vocab;
        var page = Parse(Get("/kruistabel/dubbeldiagnose"));

        var rows = page.QuerySelectorAll("table.crosswalk tbody tr");
        var sectors = rows.Select(r => r.QuerySelector("th")!.TextContent).Distinct().ToList();
        sectors.Should().HaveCount(snapshot.Schemes.Count(s => !s.IsReference) - 1, "every sector has a row, mapped or not; a reference code system is no sector");
        var ggz = rows.Single(r => r.QuerySelector("td a")?.GetAttribute("href") == "/ggz/dubbeldiagnose");
        ggz.QuerySelector(".rel")!.TextContent.Should().Be("broad", "ggz:dubbeldiagnose skos:broadMatch kern:dubbeldiagnose");
        ggz.ClassList.Should().Contain("warn");
        page.QuerySelector(".banner.falsefriend")!.TextContent.Should().Contain("vaph");
    }

    [Fact]
    public void Respond_CrosswalkIndex_ListsEveryCoreConceptWithSectorAndFalseFriendCounts()
    {
        var core = SiteVocabulary.Vocab.CoreScheme!;
        var page = Parse(Get("/kruistabel"));

        var rows = page.QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(core.Concepts.Count);
        var row = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/kruistabel/dubbeldiagnose");
        int.Parse(row.QuerySelectorAll("td")[1].TextContent, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("zorgcoordinatie", "/kern/zorgcoordinatie")]
    [InlineData("Zoco", "/kern/zorgcoordinatie")]
    [InlineData("MDO", "/kern/mdo")]
    public void Respond_Search_FindsByLabelWithoutDiacriticsAndByAbbreviation(string text, string expected)
    {
        var page = Parse(Get("/zoeken", null, ("q", text)));

        page.QuerySelectorAll("#resultaten ol.hits li a").Select(a => a.GetAttribute("href")).Should().Contain(expected);
        page.QuerySelector("input[name=q]")!.GetAttribute("value").Should().Be(text);
        page.QuerySelector("label[for=zoek]").Should().NotBeNull();
    }

    [Fact]
    public void Respond_TranslateBetweenSectors_ShowsTargetsPathRationaleAndFalseFriendWarning()
    {
        var page = Parse(Get("/vertalen", null, ("van", "ggz"), ("code", "dubbeldiagnose"), ("naar", "vaph")));

        var rows = page.QuerySelectorAll("section table tbody tr");
        var vaph = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/vaph/dubbeldiagnose");
        vaph.QuerySelectorAll("ol.path li").Should().HaveCount(2, "ggz → kern → vaph");
        vaph.QuerySelector(".warning")!.TextContent.Should().Contain("false friend");
        vaph.ClassList.Should().Contain("warn");
    }

    [Fact]
    public void Respond_TranslateUnknownCode_SaysSoOnThePage()
    {
        var page = Parse(Get("/vertalen", null, ("van", "ggz"), ("code", "bestaat-niet"), ("naar", "vaph")));

        page.QuerySelector(".error")!.TextContent.Should().Contain("bestaat-niet");
    }

    [Fact]
    public void Respond_DeprecatedConcept_ShowsItsReplacement()
    {
        var snapshot = SiteVocabulary.FromTurtle("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix dct: <http://purl.org/dc/terms/> .
            <https://example.org/kern> a skos:ConceptScheme ; skos:notation "kern" .
            <https://example.org/kern/oud> a skos:Concept ; skos:inScheme <https://example.org/kern> ; skos:notation "oud" ; skos:prefLabel "oud"@nl ;
                owl:deprecated true ; dct:isReplacedBy <https://example.org/kern/nieuw> .
            <https://example.org/kern/nieuw> a skos:Concept ; skos:inScheme <https://example.org/kern> ; skos:notation "nieuw" ; skos:prefLabel "nieuw"@nl .
            """);

        var page = Parse(_site.Respond(snapshot, SiteRequest.Get("/kern/oud")));

        var banner = page.QuerySelector(".banner.deprecated")!;
        banner.QuerySelector("a")!.GetAttribute("href").Should().Be("/kern/nieuw");
    }

    [Fact]
    public void Respond_LabelsWithMarkup_AreEncodedNeverInterpreted()
    {
        var snapshot = SiteVocabulary.FromTurtle("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/kern> a skos:ConceptScheme ; skos:notation "kern" .
            <https://example.org/kern/x> a skos:Concept ; skos:inScheme <https://example.org/kern> ; skos:notation "x" ;
                skos:prefLabel "<script>alert('x')</script>"@nl ; skos:definition "\"><img src=x onerror=alert(1)>"@nl .
            """);

        var response = _site.Respond(snapshot, SiteRequest.Get("/kern/x"));
        var page = Parse(response);

        page.QuerySelectorAll("script").Should().OnlyContain(s => s.GetAttribute("src") == "/site.js");
        page.QuerySelectorAll("img").Should().BeEmpty();
        page.QuerySelector("h1")!.TextContent.Should().Be("<script>alert('x')</script>");
    }

    [Theory]
    [InlineData("/kern/bestaat-niet")]
    [InlineData("/bestaat-niet")]
    [InlineData("/kruistabel/bestaat-niet")]
    [InlineData("/kern/mdo/extra")]
    public void Respond_UnknownPath_Returns404Page(string path)
    {
        var response = Get(path);

        response.StatusCode.Should().Be(404);
        Parse(response).QuerySelector("h1")!.TextContent.Should().Be("Niet gevonden");
    }

    [Fact]
    public void Respond_EveryPage_HasLandmarksOneH1AndHeadingsInOrder()
    {
        foreach (var path in new[] { "/", "/kern", "/kern/mdo", "/kruistabel", "/kruistabel/mdo", "/valse-vrienden", "/zoeken", "/vertalen" })
        {
            var page = Parse(Get(path));
            page.QuerySelectorAll("main").Should().ContainSingle(path);
            page.QuerySelectorAll("header nav").Should().ContainSingle(path);
            page.QuerySelectorAll("h1").Should().ContainSingle(path);
            var levels = page.QuerySelectorAll("h1, h2, h3").Select(h => h.LocalName[1] - '0').ToList();
            levels[0].Should().Be(1, path);
            levels.Zip(levels.Skip(1)).Where(p => p.Second > p.First + 1).Should().BeEmpty($"{path} skips no heading level");
            page.QuerySelectorAll("input, select").Where(i => page.QuerySelector($"label[for='{i.Id}']") is null)
                .Should().BeEmpty($"{path}: every form field has a label");
        }
    }
}
