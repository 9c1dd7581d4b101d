using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary><c>POST [type]/_search</c> with a form body (http://hl7.org/fhir/R4/http.html#search) is the same search as the GET.</summary>
public sealed class SearchPostTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task SearchPost_FormUrl_FindsWhatTheGetFinds()
    {
        var answer = await PostFormAsync("/fhir/ConceptMap/_search", ("url", "https://w3id.org/toekomstzorg/fhir/ConceptMap/vaph-ggz"));

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.ResourceType.Should().Be("Bundle");
        answer.Json.GetProperty("total").GetInt32().Should().Be(1);
        var entry = answer.Json.GetProperty("entry")[0];
        entry.GetProperty("resource").GetProperty("id").GetString().Should().Be("vaph-ggz");
        entry.GetProperty("fullUrl").GetString().Should().EndWith("/fhir/ConceptMap/vaph-ggz");
    }

    [Fact]
    public async Task SearchPost_FormCount_PagesWithGetLinks()
    {
        var first = await PostFormAsync("/fhir/CodeSystem/_search", ("_count", "2"));

        first.Json.GetProperty("entry").GetArrayLength().Should().Be(2, first.ToString());
        var next = first.Json.GetProperty("link").EnumerateArray().Single(l => l.GetProperty("relation").GetString() == "next").GetProperty("url").GetString()!;
        var second = await fixture.Fhir.GetAsync(new Uri(next).PathAndQuery);
        second.Json.GetProperty("entry").GetArrayLength().Should().Be(1, second.ToString());
        second.Json.GetProperty("total").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task SearchPost_QueryAndForm_BothCount()
    {
        var answer = await PostFormAsync("/fhir/CodeSystem/_search?_id=kern", ("url", "https://w3id.org/toekomstzorg/ggz"));

        answer.Json.GetProperty("total").GetInt32().Should().Be(0, "_id=kern and url=ggz name no resource together");
    }

    [Fact]
    public async Task SearchPost_JsonBody_Is415()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/_search", """{"resourceType":"Parameters"}""");

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType, answer.ToString());
        answer.Diagnostics.Should().Contain("x-www-form-urlencoded");
    }

    private Task<FhirAnswer> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return fixture.Fhir.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
    }
}
