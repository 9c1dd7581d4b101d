using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class MetadataTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Metadata_Default_IsACapabilityStatementListingTheOperations()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/metadata");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ResourceType.Should().Be("CapabilityStatement");
        answer.Json.GetProperty("fhirVersion").GetString().Should().Be("4.0.1");
        var resources = answer.Json.GetProperty("rest")[0].GetProperty("resource").EnumerateArray()
            .ToDictionary(r => r.GetProperty("type").GetString()!, r => r.TryGetProperty("operation", out var operations) ? operations.EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToArray() : []);
        resources["CodeSystem"].Should().BeEquivalentTo("lookup", "validate-code", "subsumes");
        resources["ValueSet"].Should().Equal("expand", "validate-code");
        resources["ConceptMap"].Should().Equal("translate");
        resources["CarePlan"].Should().Equal("translate");
        resources["StructureDefinition"].Should().BeEmpty("StructureDefinition is read and searched, without operations");
        answer.Json.GetProperty("implementation").GetProperty("url").GetString().Should().Be(new Uri(fixture.Server.Endpoints.Http, "fhir").ToString());
    }

    [Fact]
    public async Task Metadata_ModeTerminology_IsTerminologyCapabilitiesWithEveryCodeSystem()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/metadata?mode=terminology");

        answer.ResourceType.Should().Be("TerminologyCapabilities");
        answer.Json.GetProperty("codeSystem").EnumerateArray().Select(c => c.GetProperty("uri").GetString())
            .Should().BeEquivalentTo("https://w3id.org/toekomstzorg/kern", "https://w3id.org/toekomstzorg/ggz", "https://w3id.org/toekomstzorg/vaph");
        answer.Json.GetProperty("codeSystem")[0].GetProperty("version")[0].GetProperty("code").GetString().Should().Be(fixture.Server.Vocabulary.Current.Version);
    }

    [Fact]
    public async Task Metadata_UnknownMode_Is400()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/metadata?mode=everything");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
    }
}
