using ToekomstZorg.Semantics.Site.Export;

namespace ToekomstZorg.Semantics.Site.Tests;

public sealed class StaticSiteExporterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tz-site-export-").FullName;

    [Fact]
    public void Export_Vocab_WritesEveryConceptInEachRepresentationAndNoServerOnlyLinks()
    {
        var snapshot = SiteVocabulary.Vocab;

        var export = StaticSiteExporter.Export(snapshot, _directory);

        foreach (var concept in snapshot.Schemes.SelectMany(s => s.Concepts))
        {
            foreach (var extension in new[] { ".html", ".ttl", ".nt", ".jsonld" })
            {
                File.Exists(Path.Combine(_directory, concept.Scheme.Key, concept.Code + extension)).Should().BeTrue($"{concept}{extension}");
            }
        }

        File.Exists(Path.Combine(_directory, "kruistabel", "dubbeldiagnose.html")).Should().BeTrue();
        File.Exists(Path.Combine(_directory, "context.jsonld")).Should().BeTrue();
        export.Files.Should().Be(Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories).Count());
        var home = File.ReadAllText(Path.Combine(_directory, "index.html"));
        home.Should().NotContain("/zoeken").And.NotContain("/vertalen").And.NotContain("site.js");
        var served = new VocabularySite().Respond(snapshot, SiteRequest.Get("/kern/mdo.ttl"));
        File.ReadAllBytes(Path.Combine(_directory, "kern", "mdo.ttl")).Should().Equal(served.Body, "the export writes the server's answer");
    }

    [Fact]
    public void Export_Vocab_EveryFileIsTheStaticSitesAnswerForItsPath()
    {
        var snapshot = SiteVocabulary.Vocab;
        var site = new VocabularySite(new SiteOptions { Static = true, FhirBase = null });

        var export = StaticSiteExporter.Export(snapshot, _directory);

        var files = Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories).ToList();
        files.Count.Should().Be(export.Files);
        files.Sum(f => new FileInfo(f).Length).Should().Be(export.Bytes);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(_directory, file).Replace('\\', '/');
            var answer = site.Respond(snapshot, SiteRequest.Get(relative == "404.html" ? "/niet-gevonden" : "/" + relative));
            answer.StatusCode.Should().Be(relative == "404.html" ? 404 : 200, relative);
            File.ReadAllBytes(file).Should().Equal(answer.Body, relative);
        }
    }

    [Fact]
    public void Export_TwoConceptsWithOneCode_WritesThePathsConceptOnce()
    {
        // A duplicate code is a lint error, but the export must still write what the server answers at the path.
        var snapshot = SiteVocabulary.FromTurtle("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern: a skos:ConceptScheme ; skos:notation "kern" ; skos:prefLabel "Kern"@nl .
            kern:a a skos:Concept ; skos:inScheme kern: ; skos:notation "x" ; skos:prefLabel "Eerste"@nl .
            kern:b a skos:Concept ; skos:inScheme kern: ; skos:notation "x" ; skos:prefLabel "Tweede"@nl .
            """);
        var served = new VocabularySite(new SiteOptions { Static = true, FhirBase = null }).Respond(snapshot, SiteRequest.Get("/kern/x.ttl"));

        var export = StaticSiteExporter.Export(snapshot, _directory);

        export.Files.Should().Be(Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories).Count());
        Directory.EnumerateFiles(Path.Combine(_directory, "kern")).Select(Path.GetFileName).Should().BeEquivalentTo("x.html", "x.ttl", "x.nt", "x.jsonld");
        File.ReadAllBytes(Path.Combine(_directory, "kern", "x.ttl")).Should().Equal(served.Body);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
