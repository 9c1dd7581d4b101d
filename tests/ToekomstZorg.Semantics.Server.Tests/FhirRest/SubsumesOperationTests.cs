using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class SubsumesOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("zorgcoordinatie", "mdo", "subsumes")]
    [InlineData("mdo", "zorgcoordinatie", "subsumed-by")]
    [InlineData("overleg", "overleg", "equivalent")]
    [InlineData("dubbeldiagnose", "overleg", "not-subsumed")]
    public async Task Subsumes_TransitiveBroader_GivesTheOutcome(string a, string b, string outcome)
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/CodeSystem/$subsumes?system=kern&codeA={a}&codeB={b}");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("outcome").Value().GetString().Should().Be(outcome);
    }

    [Fact]
    public async Task Subsumes_OnInstanceWithCodings_Works()
    {
        var body = """
            {"resourceType":"Parameters","parameter":[
              {"name":"codingA","valueCoding":{"system":"https://w3id.org/toekomstzorg/kern","code":"overleg"}},
              {"name":"codingB","valueCoding":{"system":"https://w3id.org/toekomstzorg/kern","code":"mdo"}}]}
            """;

        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/kern/$subsumes", body);

        answer.Parameter("outcome").Value().GetString().Should().Be("subsumes", answer.ToString());
    }

    [Fact]
    public async Task Subsumes_UnknownCode_Is404NamingIt()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$subsumes?system=kern&codeA=overleg&codeB=xyz");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Diagnostics.Should().Contain("xyz");
    }
}
