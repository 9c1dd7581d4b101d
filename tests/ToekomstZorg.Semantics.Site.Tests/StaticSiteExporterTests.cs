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

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
