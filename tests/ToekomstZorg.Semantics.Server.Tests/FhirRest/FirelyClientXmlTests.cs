using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using ToekomstZorg.Semantics.Server.Tests.Support;
using FirelyClient = Hl7.Fhir.Rest.FhirClient;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// Firely's own <see cref="FirelyClient"/> with its default format (XML) against the facade: what a .NET integrator
/// gets without configuring anything (it used to get 406 on every call).
/// </summary>
public sealed class FirelyClientXmlTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private FirelyClient Client() =>
        new(new Uri(fixture.Server.Endpoints.Http, "fhir"), new FhirClientSettings { PreferredFormat = ResourceFormat.Xml });

    [Fact]
    public async Task CapabilityStatement_DefaultXmlClient_ReadsTheStatement()
    {
        using var client = Client();

        var statement = await client.CapabilityStatementAsync();

        statement!.Format.Should().Contain("xml");
        statement.Rest.Single().Resource.Select(r => r.Type).Should().Contain(["CodeSystem", "ValueSet", "ConceptMap"]);
    }

    [Fact]
    public async Task TypeOperationLookup_XmlParametersPost_ReturnsTheDisplay()
    {
        using var client = Client();
        var parameters = new Parameters().Add("system", new FhirUri("https://w3id.org/toekomstzorg/kern")).Add("code", new Code("overleg"));

        var answer = (Parameters)(await client.TypeOperationAsync<CodeSystem>("lookup", parameters))!;

        answer.GetSingleValue<FhirString>("display")!.Value.Should().Be("overleg");
    }

    [Fact]
    public async Task TypeOperationTranslate_FirelyTargetSystem_OnlyThatSystem()
    {
        using var client = Client();
        var parameters = new Parameters()
            .Add("coding", new Coding("https://w3id.org/toekomstzorg/ggz", "zorgcoordinatie"))
            .Add("targetSystem", new FhirUri("https://w3id.org/toekomstzorg/kern"));

        var answer = (Parameters)(await client.TypeOperationAsync<ConceptMap>("translate", parameters))!;

        var concepts = answer.Parameter.Where(p => p.Name == "match").Select(m => (Coding)m.Part.Single(p => p.Name == "concept").Value!).ToList();
        concepts.Should().NotBeEmpty().And.OnlyContain(c => c.System == "https://w3id.org/toekomstzorg/kern");
    }

    [Fact]
    public async Task ReadAndSearch_XmlClient_PagesThroughEveryCodeSystem()
    {
        using var client = Client();

        var ggz = await client.ReadAsync<CodeSystem>("CodeSystem/ggz");
        var page = await client.SearchAsync<CodeSystem>(new SearchParams().LimitTo(2));
        var next = await client.ContinueAsync(page!);

        ggz!.Url.Should().Be("https://w3id.org/toekomstzorg/ggz");
        page!.Total.Should().Be(3);
        page.Entry.Concat(next!.Entry).Select(e => e.Resource!.Id).Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Fact]
    public async Task SearchUsingPost_XmlClient_FindsTheConceptMap()
    {
        using var client = Client();

        var bundle = await client.SearchUsingPostAsync(new SearchParams().Add("url", "https://w3id.org/toekomstzorg/fhir/ConceptMap/vaph-ggz"), "ConceptMap");

        bundle!.Entry.Single().Resource!.Id.Should().Be("vaph-ggz");
    }

    [Fact]
    public async Task TypeOperationLookup_UnknownCode_ThrowsWith404AndTheOutcome()
    {
        using var client = Client();
        var parameters = new Parameters().Add("system", new FhirUri("https://w3id.org/toekomstzorg/ggz")).Add("code", new Code("bestaat-niet"));

        var call = () => client.TypeOperationAsync<CodeSystem>("lookup", parameters);

        var thrown = await call.Should().ThrowAsync<FhirOperationException>();
        thrown.Which.Status.Should().Be(HttpStatusCode.NotFound);
        thrown.Which.Outcome!.Issue.Single().Details!.Text.Should().Contain("bestaat-niet");
    }
}
