using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class CanonicalResourceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("CodeSystem", "ggz", "https://w3id.org/toekomstzorg/ggz")]
    [InlineData("ValueSet", "vaph", "https://w3id.org/toekomstzorg/fhir/ValueSet/vaph")]
    [InlineData("ConceptMap", "ggz-kern", "https://w3id.org/toekomstzorg/fhir/ConceptMap/ggz-kern")]
    public async Task Read_KnownId_ReturnsTheResource(string type, string id, string url)
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/{type}/{id}");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ResourceType.Should().Be(type);
        answer.Json.GetProperty("id").GetString().Should().Be(id);
        answer.Json.GetProperty("url").GetString().Should().Be(url);
        answer.Json.GetProperty("version").GetString().Should().Be(fixture.Server.Vocabulary.Current.Version);
    }

    [Fact]
    public async Task Read_CodeSystemWithAReplacedConcept_DeclaresReplacedByAndIsValidFhir()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/ggz");

        answer.Json.GetProperty("property").EnumerateArray().Select(p => p.GetProperty("code").GetString()).Should().Contain("replacedBy");
        var mdo = answer.Json.GetProperty("concept").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "mdo");
        mdo.GetProperty("property").EnumerateArray().Where(p => p.GetProperty("code").GetString() == "replacedBy")
            .Select(p => p.GetProperty("valueCoding").GetProperty("code").GetString()).Should().Equal("zorgcoordinatie");
        answer.Body.ShouldBeValidFhir();
    }

    [Fact]
    public async Task Read_UnknownId_Is404()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/snomed");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Diagnostics.Should().Contain("CodeSystem/snomed");
    }

    [Fact]
    public async Task Search_ByUrl_ReturnsASearchsetWithThatResource()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap?url=https://w3id.org/toekomstzorg/fhir/ConceptMap/vaph-ggz");

        answer.ResourceType.Should().Be("Bundle");
        answer.Json.GetProperty("type").GetString().Should().Be("searchset");
        answer.Json.GetProperty("total").GetInt32().Should().Be(1);
        var entry = answer.Json.GetProperty("entry")[0];
        entry.GetProperty("resource").GetProperty("id").GetString().Should().Be("vaph-ggz");
        entry.GetProperty("search").GetProperty("mode").GetString().Should().Be("match");
        entry.GetProperty("fullUrl").GetString().Should().EndWith("/fhir/ConceptMap/vaph-ggz");
    }

    [Fact]
    public async Task Search_WithoutParameters_ReturnsEveryResourceOfTheType()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem");

        answer.Json.GetProperty("total").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Search_UnknownUrlOrVersion_ReturnsAnEmptySearchset()
    {
        var byUrl = await fixture.Fhir.GetAsync("/fhir/ValueSet?url=https://example.org/nothing");
        var byVersion = await fixture.Fhir.GetAsync("/fhir/ValueSet?url=https://w3id.org/toekomstzorg/fhir/ValueSet/kern|0.0.1");

        byUrl.Json.GetProperty("total").GetInt32().Should().Be(0);
        byVersion.Json.GetProperty("total").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Search_UnknownParameter_IsIgnoredAndReportedAsOutcome()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem?url=https://w3id.org/toekomstzorg/kern&publisher=x");

        answer.Json.GetProperty("total").GetInt32().Should().Be(1);
        var outcome = answer.Json.GetProperty("entry").EnumerateArray().Single(e => e.GetProperty("search").GetProperty("mode").GetString() == "outcome");
        outcome.GetProperty("resource").GetProperty("issue")[0].GetProperty("details").GetProperty("text").GetString().Should().Contain("publisher");
    }

    [Fact]
    public async Task Search_UnknownParameter_OutcomeEntryHasAFullUrl()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem?publisher=x");

        answer.Json.GetProperty("entry").EnumerateArray().Select(e => e.TryGetProperty("fullUrl", out var fullUrl) && fullUrl.GetString()!.Length > 0).Should().AllBeEquivalentTo(true);
        answer.Json.GetProperty("entry").EnumerateArray().Single(e => e.GetProperty("search").GetProperty("mode").GetString() == "outcome")
            .GetProperty("fullUrl").GetString().Should().StartWith("urn:uuid:");
    }

    [Fact]
    public async Task Search_Count_PagesWithNextLinksThroughEveryResource()
    {
        var ids = new List<string>();
        var path = "/fhir/CodeSystem?_count=2";
        var pages = 0;
        while (path is not null)
        {
            var answer = await fixture.Fhir.GetAsync(path);
            answer.Status.Should().Be(System.Net.HttpStatusCode.OK, answer.ToString());
            answer.Json.GetProperty("total").GetInt32().Should().Be(3);
            var entries = answer.Json.TryGetProperty("entry", out var array) ? array.EnumerateArray().ToList() : [];
            entries.Count.Should().BeLessThanOrEqualTo(2);
            ids.AddRange(entries.Select(e => e.GetProperty("resource").GetProperty("id").GetString()!));
            var next = answer.Json.GetProperty("link").EnumerateArray().FirstOrDefault(l => l.GetProperty("relation").GetString() == "next");
            path = next.ValueKind == System.Text.Json.JsonValueKind.Object ? new Uri(next.GetProperty("url").GetString()!).PathAndQuery : null;
            pages++;
            pages.Should().BeLessThan(5);
        }

        pages.Should().Be(2);
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Fact]
    public async Task Search_BadCount_Is400NamingIt()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem?_count=many");

        answer.Status.Should().Be(System.Net.HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain("_count");
    }

    [Fact]
    public async Task Read_OriginalCodingStructureDefinition_ServesTheExtensionDefinition()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/StructureDefinition/original-coding");

        answer.Status.Should().Be(System.Net.HttpStatusCode.OK, answer.ToString());
        answer.ResourceType.Should().Be("StructureDefinition");
        answer.Json.GetProperty("url").GetString().Should().EndWith("/StructureDefinition/original-coding");
        answer.Json.GetProperty("type").GetString().Should().Be("Extension");
        var byUrl = await fixture.Fhir.GetAsync("/fhir/StructureDefinition?url=" + Uri.EscapeDataString(answer.Json.GetProperty("url").GetString()!));
        byUrl.Json.GetProperty("total").GetInt32().Should().Be(1);
    }
}
