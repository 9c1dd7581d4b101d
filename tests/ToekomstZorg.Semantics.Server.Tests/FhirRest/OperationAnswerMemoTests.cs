using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>GET terminology answers are written once per vocabulary version: the memo must never answer another format, request or version.</summary>
public sealed class OperationAnswerMemoTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Lookup = "/fhir/CodeSystem/$lookup?system=https://w3id.org/toekomstzorg/kern&code=overleg";
    private const string LookupMdo = "/fhir/CodeSystem/$lookup?system=https://w3id.org/toekomstzorg/kern&code=mdo";

    [Fact]
    public async Task Lookup_SameGetAskedInJsonThenXml_EachAnswerInItsOwnFormat()
    {
        var json = await fixture.Fhir.GetAsync(LookupMdo, FhirClient.FhirJson);
        var xml = await fixture.Fhir.GetAsync(LookupMdo, FhirClient.FhirXml);
        var jsonAgain = await fixture.Fhir.GetAsync(LookupMdo, FhirClient.FhirJson);

        json.Status.Should().Be(HttpStatusCode.OK, json.ToString());
        json.IsXml.Should().BeFalse();
        xml.IsXml.Should().BeTrue(xml.ToString());
        jsonAgain.Body.Should().Equal(json.Body);
    }

    [Fact]
    public async Task Lookup_SameGetTwice_SameBytes()
    {
        var first = await fixture.Fhir.GetAsync(Lookup);
        var second = await fixture.Fhir.GetAsync(Lookup);

        first.Status.Should().Be(HttpStatusCode.OK);
        second.Body.Should().Equal(first.Body);
    }

    [Fact]
    public async Task Lookup_PrettyAndCompact_AreDifferentAnswers()
    {
        var compact = await fixture.Fhir.GetAsync(Lookup);
        var pretty = await fixture.Fhir.GetAsync(Lookup + "&_pretty=true");

        pretty.Body.Length.Should().BeGreaterThan(compact.Body.Length);
        pretty.Json.GetProperty("resourceType").GetString().Should().Be("Parameters");
    }

    [Fact]
    public async Task Lookup_AfterAReload_AnswersWithTheNewVersion()
    {
        using var vocabulary = new TestVocabulary();
        await using var server = await RunningServer.StartAsync(vocabulary.Directory);
        var fhir = new FhirClient(server.Http);
        var before = await fhir.GetAsync(Lookup);

        var file = Directory.EnumerateFiles(vocabulary.Directory, "*.ttl", SearchOption.AllDirectories).First();
        await File.AppendAllTextAsync(file, "\n# an edit that changes the version\n");
        server.Vocabulary.Reload();
        var after = await fhir.GetAsync(Lookup);

        var oldVersion = before.Parameter("version").GetProperty("valueString").GetString();
        var newVersion = after.Parameter("version").GetProperty("valueString").GetString();
        newVersion.Should().Be(server.Vocabulary.Current.Version).And.NotBe(oldVersion);
    }
}
