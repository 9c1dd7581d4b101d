using System.Net;
using System.Text.Json;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>A method a <c>/fhir</c> path does not support is a 405 OperationOutcome with an Allow header; an unknown path stays 404.</summary>
public sealed class MethodNotAllowedTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("PUT", "/fhir/CodeSystem/ggz", "GET")]
    [InlineData("DELETE", "/fhir/CodeSystem/ggz", "GET")]
    [InlineData("PATCH", "/fhir/ConceptMap/ggz-kern", "GET")]
    [InlineData("DELETE", "/fhir/ConceptMap/$translate", "GET, POST")]
    [InlineData("PUT", "/fhir/ValueSet/ggz/$expand", "GET, POST")]
    [InlineData("GET", "/fhir/CarePlan/$translate", "POST")]
    [InlineData("POST", "/fhir/metadata", "GET")]
    public async Task Request_MethodThePathDoesNotSupport_Is405WithAllow(string method, string path, string allow)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "PUT" or "PATCH")
        {
            request.Content = new StringContent("""{"resourceType":"CodeSystem"}""", System.Text.Encoding.UTF8, "application/fhir+json");
        }

        using var response = await fixture.Server.Http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, body);
        response.Content.Headers.Allow.Should().BeEquivalentTo(allow.Split(", "));
        using var outcome = JsonDocument.Parse(body);
        outcome.RootElement.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        outcome.RootElement.GetProperty("issue")[0].GetProperty("details").GetProperty("text").GetString().Should().Contain(method).And.Contain(allow);
    }

    [Fact]
    public async Task Request_UnknownPathWithAnyMethod_Is404()
    {
        using var response = await fixture.Server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/fhir/Patient/1"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.Allow.Should().BeEmpty();
    }
}
