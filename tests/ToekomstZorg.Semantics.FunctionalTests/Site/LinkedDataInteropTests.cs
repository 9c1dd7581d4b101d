using System.Diagnostics;
using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Site;

/// <summary>
/// Content negotiation on concept, scheme and vocabulary IRIs, read by rdflib (python3-rdflib, not our RDF code):
/// the Turtle and the JSON-LD answers (with the context fetched from the server) are each isomorphic to what the
/// source files say about the resource, computed by the script itself.
/// </summary>
public sealed class LinkedDataInteropTests(FunctionalServer server) : IClassFixture<FunctionalServer>
{
    [Fact]
    public async Task Rdflib_TurtleAndJsonLdAnswers_AreIsomorphicToTheSourceGraph()
    {
        var paths = new[] { "/", "/kern", "/ggz", "/kern/zorgcoordinatie", "/kern/dubbeldiagnose", "/ggz/dubbeldiagnose", "/vaph/outreach" };
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Python", "linked_data_check.py"));
        info.ArgumentList.Add(server.Endpoints.Http.ToString());
        info.ArgumentList.Add(server.VocabularyDirectory);
        info.ArgumentList.Add("https://w3id.org/toekomstzorg/");
        foreach (var path in paths)
        {
            info.ArgumentList.Add(path);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        process.ExitCode.Should().Be(0, await error);

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(paths.Length * 2);
        foreach (var line in lines)
        {
            var what = line.ToString();
            line.GetProperty("status").GetInt32().Should().Be(200, what);
            line.GetProperty("content_type").GetString().Should().StartWith(line.GetProperty("accept").GetString()!, what);
            line.GetProperty("vary").GetString().Should().Be("Accept", what);
            line.GetProperty("triples").GetInt32().Should().BeGreaterThan(0, what);
            line.GetProperty("isomorphic").GetBoolean().Should().BeTrue(what);
        }
    }

    [Theory]
    [InlineData("/kern/mdo", "text/turtle;q=0.9, application/ld+json", 200, "application/ld+json")]
    [InlineData("/kern/mdo", "application/n-triples", 200, "application/n-triples")]
    [InlineData("/kern/mdo", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", 200, "text/html")]
    [InlineData("/kern/mdo", "image/png", 406, "text/plain")]
    [InlineData("/kern/mdo.ttl", "image/png", 200, "text/turtle")]
    [InlineData("/health", "text/turtle", 200, "application/json")]
    [InlineData("/fhir/metadata", "application/fhir+json", 200, "application/fhir+json")]
    public async Task Get_SitePathsBesideOtherEndpoints_AnswerByTheirOwnRules(string path, string accept, int status, string contentType)
    {
        using var http = new HttpClient { BaseAddress = server.Endpoints.Http };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
    }

    [Fact]
    public async Task Get_ConceptAfterAReload_AnswersFromTheNewVersion()
    {
        using var http = new HttpClient { BaseAddress = server.Endpoints.Http };
        var kern = Path.Combine(server.VocabularyDirectory, "kern.ttl");
        var before = await http.GetStringAsync("/kern/mdo");
        before.Should().Contain("multidisciplinair overleg");

        await File.WriteAllTextAsync(kern, (await File.ReadAllTextAsync(kern)).Replace("\"multidisciplinair overleg\"@nl", "\"multidisciplinair teamoverleg\"@nl", StringComparison.Ordinal));
        var outcome = server.Vocabulary.Reload();

        outcome.Kind.Should().Be(Semantics.Server.Snapshots.VocabularyEventKind.Reloaded);
        (await http.GetStringAsync("/kern/mdo")).Should().Contain("multidisciplinair teamoverleg");
    }
}
