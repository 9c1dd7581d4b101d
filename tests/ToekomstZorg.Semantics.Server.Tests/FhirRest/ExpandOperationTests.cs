using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class ExpandOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string KernValueSet = "https://w3id.org/toekomstzorg/fhir/ValueSet/kern";

    [Fact]
    public async Task Expand_ByUrl_ReturnsEveryConceptWithTotal()
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/ValueSet/$expand?url={KernValueSet}");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.ResourceType.Should().Be("ValueSet");
        var expansion = answer.Json.GetProperty("expansion");
        expansion.GetProperty("total").GetInt32().Should().Be(4);
        expansion.GetProperty("contains").EnumerateArray().Select(c => c.GetProperty("code").GetString())
            .Should().BeEquivalentTo("dubbeldiagnose", "zorgcoordinatie", "overleg", "mdo");
        expansion.GetProperty("contains")[0].GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
    }

    [Theory]
    [InlineData("zorgcoord", new[] { "zorgcoordinatie" })]
    [InlineData("ZOCO", new[] { "zorgcoordinatie" })]
    [InlineData("overleg", new[] { "overleg", "mdo" })]
    [InlineData("multi over", new[] { "mdo" })]
    [InlineData("meeting", new[] { "overleg", "mdo" })]
    [InlineData("xyz", new string[0])]
    public async Task Expand_Filter_MatchesWordPrefixesIgnoringCaseAndDiacritics(string filter, string[] codes)
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/ValueSet/kern/$expand?filter={Uri.EscapeDataString(filter)}");

        var expansion = answer.Json.GetProperty("expansion");
        expansion.GetProperty("total").GetInt32().Should().Be(codes.Length);
        var found = expansion.TryGetProperty("contains", out var contains) ? contains.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToArray() : [];
        found.Should().BeEquivalentTo(codes);
        expansion.GetProperty("parameter").EnumerateArray().Should().Contain(p => p.GetProperty("name").GetString() == "filter");
    }

    [Fact]
    public async Task Expand_CountAndOffset_PageThroughTheConcepts()
    {
        var first = await fixture.Fhir.GetAsync("/fhir/ValueSet/kern/$expand?count=3&offset=0");
        var second = await fixture.Fhir.GetAsync("/fhir/ValueSet/kern/$expand?count=3&offset=3");

        var page1 = first.Json.GetProperty("expansion").GetProperty("contains").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        var page2 = second.Json.GetProperty("expansion").GetProperty("contains").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        page1.Should().HaveCount(3);
        page2.Should().HaveCount(1);
        page1.Concat(page2).Should().OnlyHaveUniqueItems().And.HaveCount(4);
        second.Json.GetProperty("expansion").GetProperty("offset").GetInt32().Should().Be(3);
        second.Json.GetProperty("expansion").GetProperty("total").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task Expand_ActiveOnly_LeavesDeprecatedOut()
    {
        var all = await fixture.Fhir.GetAsync("/fhir/ValueSet/ggz/$expand");
        var active = await fixture.Fhir.GetAsync("/fhir/ValueSet/ggz/$expand?activeOnly=true");

        all.Json.GetProperty("expansion").GetProperty("contains").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "mdo").GetProperty("inactive").GetBoolean().Should().BeTrue();
        active.Json.GetProperty("expansion").GetProperty("total").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Expand_CodeSystemUrlAndDesignations_Work()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ValueSet/$expand?url=https://w3id.org/toekomstzorg/kern?vs&includeDesignations=true&includeDefinition=true&filter=zoco");

        answer.Json.GetProperty("compose").GetProperty("include")[0].GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
        answer.Json.GetProperty("expansion").GetProperty("contains")[0].GetProperty("designation").EnumerateArray()
            .Select(d => d.GetProperty("value").GetString()).Should().Contain(["zorgcoördinatie", "care coordination", "Zoco"]);
    }

    [Fact]
    public async Task Expand_PostParameters_Works()
    {
        var body = $$"""{"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"{{KernValueSet}}"},{"name":"count","valueInteger":1}]}""";

        var answer = await fixture.Fhir.PostAsync("/fhir/ValueSet/$expand", body);

        answer.Json.GetProperty("expansion").GetProperty("contains").GetArrayLength().Should().Be(1, answer.ToString());
    }

    [Theory]
    [InlineData("""{"resourceType":"Parameters"}""")]
    [InlineData("""{"resourceType":"Parameters","parameter":[]}""")]
    public async Task Expand_InstancePostWithoutParameters_ExpandsTheValueSet(string body)
    {
        // What Firely's FhirClient sends for ValueSet/{id}/$expand with no parameters.
        var answer = await fixture.Fhir.PostAsync("/fhir/ValueSet/kern/$expand", body);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Json.GetProperty("expansion").GetProperty("total").GetInt32().Should().Be(4);
    }

    [Theory]
    [InlineData("/fhir/ValueSet/$expand", 400)]
    [InlineData("/fhir/ValueSet/$expand?url=https://example.org/ValueSet/x", 404)]
    [InlineData("/fhir/ValueSet/nope/$expand", 404)]
    [InlineData("/fhir/ValueSet/kern/$expand?count=-1", 400)]
    [InlineData("/fhir/ValueSet/kern/$expand?activeOnly=ja", 400)]
    public async Task Expand_BadRequest_IsAnOperationOutcome(string path, int status)
    {
        var answer = await fixture.Fhir.GetAsync(path);

        ((int)answer.Status).Should().Be(status, answer.ToString());
        answer.ResourceType.Should().Be("OperationOutcome");
    }
}
