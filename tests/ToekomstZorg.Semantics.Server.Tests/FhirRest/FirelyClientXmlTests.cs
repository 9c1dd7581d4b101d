using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using ToekomstZorg.Semantics.Server.Tests.Support;
using FirelyClient = Hl7.Fhir.Rest.FhirClient;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// Firely's own <see cref="FirelyClient"/> with its default settings (XML) against the facade: what a .NET integrator
/// gets without configuring anything (it used to get 406 on every call). Every operation in both formats is in
/// <see cref="FirelyClientTests"/>.
/// </summary>
public sealed class FirelyClientXmlTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private FirelyClient Client() =>
        new(new Uri(fixture.Server.Endpoints.Http, "fhir"));

    [Fact]
    public async Task CapabilityStatement_DefaultXmlClient_ReadsTheStatement()
    {
        using var client = Client();

        var statement = await client.CapabilityStatementAsync();

        statement!.Format.Should().Contain("xml");
        statement.Rest.Single().Resource.Select(r => r.Type).Should().Contain(["CodeSystem", "ValueSet", "ConceptMap"]);
    }

    [Fact]
    public async Task SearchUsingPost_XmlClient_FindsTheConceptMap()
    {
        using var client = Client();

        var bundle = await client.SearchUsingPostAsync(new SearchParams().Add("url", "https://w3id.org/toekomstzorg/fhir/ConceptMap/vaph-ggz"), "ConceptMap");

        bundle!.Entry.Single().Resource!.Id.Should().Be("vaph-ggz");
    }
}
