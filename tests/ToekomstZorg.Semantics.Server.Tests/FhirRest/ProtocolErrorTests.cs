using System.Net;
using System.Net.Http.Headers;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class ProtocolErrorTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task UnknownPath_Is404OperationOutcome()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/Patient/1");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Diagnostics.Should().Contain("/fhir/Patient/1");
    }

    [Fact]
    public async Task AcceptNeitherJsonNorXml_Is406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/metadata");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var answer = await fixture.Fhir.SendAsync(request);

        answer.Status.Should().Be(HttpStatusCode.NotAcceptable, answer.ToString());
        answer.ResourceType.Should().Be("OperationOutcome");
    }

    [Fact]
    public async Task FormatHtml_Is406NamingFormat()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/metadata?_format=html");

        answer.Status.Should().Be(HttpStatusCode.NotAcceptable, answer.ToString());
        answer.Diagnostics.Should().Contain("_format");
    }

    [Fact]
    public async Task PostOperationWithoutParametersResource_Is400()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", """{"resourceType":"Patient"}""");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Diagnostics.Should().Contain("Parameters");
    }

    [Fact]
    public async Task PostOperationMalformedJson_Is400WithPosition()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", "{\"resourceType\":\"Parameters\",\n\"parameter\":[}");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Diagnostics.Should().Contain("line 2");
    }

    [Fact]
    public async Task PostOperationWrongContentType_Is415()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/ValueSet/$expand", "url=x", "application/x-www-form-urlencoded");

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task EveryAnswer_CarriesTheVocabularyVersionHeader()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/kern");

        answer.VocabularyVersion.Should().Be(fixture.Server.Vocabulary.Current.Version);
    }
}
