using System.Net;
using System.Text.Json;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// ValueSet/$expand and CodeSystem/$lookup give the same designations as the exported CodeSystem
/// (http://hl7.org/fhir/R4/codesystem-definitions.html#CodeSystem.concept.designation): an untagged label has no
/// language (a FHIR code must not be empty), an empty or white-space-only label gives no designation. Every answer is
/// checked against the FHIR R4 JSON schema by <see cref="FhirClient"/>.
/// </summary>
public sealed class DesignationEdgeCaseTests(LabelEdgeCaseFixture fixture) : IClassFixture<LabelEdgeCaseFixture>
{
    private const string ExpandOverleg = "/fhir/ValueSet/$expand?url=https://w3id.org/toekomstzorg/fhir/ValueSet/kern&includeDesignations=true";

    private const string LookupOverleg = "/fhir/CodeSystem/$lookup?system=kern&code=overleg";

    private static JsonElement[] ExpandedDesignations(FhirAnswer answer)
    {
        var contains = answer.Json.GetProperty("expansion").GetProperty("contains").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "overleg");
        return [.. contains.GetProperty("designation").EnumerateArray()];
    }

    [Fact]
    public async Task Expand_IncludeDesignationsUntaggedLabel_DesignationWithoutLanguage()
    {
        var answer = await fixture.Fhir.GetAsync(ExpandOverleg);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var untagged = ExpandedDesignations(answer).Single(d => d.GetProperty("value").GetString() == LabelEdgeCaseFixture.UntaggedAltLabel);
        untagged.TryGetProperty("language", out _).Should().BeFalse(untagged.ToString());
        untagged.GetProperty("use").GetProperty("code").GetString().Should().Be("900000000000013009");
        answer.Body.ShouldBeValidFhir();
    }

    [Fact]
    public async Task Expand_IncludeDesignationsBlankLabels_LeftOut()
    {
        var answer = await fixture.Fhir.GetAsync(ExpandOverleg);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var designations = ExpandedDesignations(answer);
        designations.Select(d => d.GetProperty("value").GetString()).Should().Equal("meeting", "overleg", LabelEdgeCaseFixture.UntaggedAltLabel);
        designations.Where(d => d.TryGetProperty("language", out _)).Select(d => d.GetProperty("language").GetString()).Should().Equal("en", "nl");
    }

    [Fact]
    public async Task Lookup_UntaggedLabel_DesignationWithoutLanguagePart()
    {
        var answer = await fixture.Fhir.GetAsync(LookupOverleg);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var untagged = answer.Parameters("designation").Single(d => d.Parts("value").Any(v => v.Value().GetString() == LabelEdgeCaseFixture.UntaggedAltLabel));
        untagged.Parts("language").Should().BeEmpty(untagged.ToString());
        untagged.Part("use").Value().GetProperty("code").GetString().Should().Be("900000000000013009");
        answer.Body.ShouldBeValidFhir();
    }

    [Fact]
    public async Task Lookup_BlankLabels_LeftOut()
    {
        var answer = await fixture.Fhir.GetAsync(LookupOverleg);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var designations = answer.Parameters("designation").ToList();
        designations.Should().AllSatisfy(d => d.Parts("value").Should().ContainSingle(d.ToString()));
        designations.Select(d => d.Part("value").Value().GetString()).Should().Equal("meeting", "overleg", LabelEdgeCaseFixture.UntaggedAltLabel);
    }
}
