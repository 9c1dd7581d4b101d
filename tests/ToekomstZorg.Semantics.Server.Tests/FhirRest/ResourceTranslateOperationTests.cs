using System.Net;
using System.Text;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class ResourceTranslateOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string CarePlan = """
        {
          "resourceType": "CarePlan",
          "id": "plan-1",
          "status": "active",
          "intent": "plan",
          "subject": {"reference": "Patient/p1"},
          "category": [{"coding": [{"system": "https://w3id.org/toekomstzorg/ggz", "code": "dubbeldiagnose"}]}],
          "activity": [{"detail": {"status": "scheduled",
             "code": {"coding": [{"system": "https://w3id.org/toekomstzorg/ggz", "code": "zorgcoordinatie", "display": "zorgcoördinatie"}]}}}]
        }
        """;

    [Fact]
    public async Task Translate_CarePlanBodyWithTargetInQuery_ReturnsParametersWithResourceAndOutcome()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern", CarePlan);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.ResourceType.Should().Be("Parameters");
        var resource = answer.Parameter("return").GetProperty("resource");
        resource.GetProperty("resourceType").GetString().Should().Be("CarePlan");
        var codings = resource.GetProperty("activity")[0].GetProperty("detail").GetProperty("code").GetProperty("coding").EnumerateArray()
            .Select(c => (c.GetProperty("system").GetString(), c.GetProperty("code").GetString())).ToList();
        codings.Should().Equal(("https://w3id.org/toekomstzorg/ggz", "zorgcoordinatie"), ("https://w3id.org/toekomstzorg/kern", "zorgcoordinatie"));
        var outcome = answer.Parameter("outcome").GetProperty("resource");
        outcome.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        outcome.GetProperty("issue").EnumerateArray().Should().Contain(i => i.GetProperty("expression")[0].GetString() == "CarePlan.category[0].coding[0]");
    }

    [Fact]
    public async Task Translate_ParametersBodyReplaceMode_ReplacesTheCoding()
    {
        var body = $$"""{"resourceType":"Parameters","parameter":[{"name":"resource","resource":{{CarePlan}}},{"name":"target","valueCode":"kern"},{"name":"mode","valueCode":"replace"}]}""";

        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate", body);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var coding = answer.Parameter("return").GetProperty("resource").GetProperty("activity")[0].GetProperty("detail").GetProperty("code").GetProperty("coding");
        coding.GetArrayLength().Should().Be(1);
        coding[0].GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
    }

    [Fact]
    public async Task Translate_UntranslatedBytes_PassThroughUnchanged()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=vaph", CarePlan);

        var text = Encoding.UTF8.GetString(answer.Body);
        text.Should().Contain("\"subject\": {\"reference\": \"Patient/p1\"}", "the resource's own formatting is kept byte for byte");
    }

    [Fact]
    public async Task Translate_CareTeamOnCarePlanEndpoint_Is422NamingTheResourceType()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern", """{"resourceType":"CareTeam","status":"active"}""");

        answer.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        answer.Diagnostics.Should().Contain("CareTeam");
    }

    [Fact]
    public async Task Translate_InvalidJson_Is400WithPosition()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CareTeam/$translate?target=kern", "{\"resourceType\":\"CareTeam\",\n  \"status\": }");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Diagnostics.Should().Contain("line 2");
    }

    [Fact]
    public async Task Translate_NestingDeeperThan64_Is400()
    {
        var deep = "{\"resourceType\":\"CarePlan\",\"x\":" + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + "}";

        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern", deep);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.IssueCode.Should().Be("too-costly");
    }

    [Fact]
    public async Task Translate_ParametersWithoutResource_Is400NamingIt()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate", """{"resourceType":"Parameters","parameter":[{"name":"target","valueCode":"kern"}]}""");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Diagnostics.Should().Contain("resource");
    }

    [Fact]
    public async Task Translate_MissingTarget_Is400NamingIt()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate", CarePlan);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Diagnostics.Should().Contain("target");
    }

    [Fact]
    public async Task Translate_UnknownTarget_404OperationOutcome()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=snomed", CarePlan);

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.ResourceType.Should().Be("OperationOutcome");
        answer.Diagnostics.Should().Contain("snomed");
    }

    [Fact]
    public async Task Translate_WrongContentType_Is415()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern", CarePlan, "text/plain");

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        answer.ResourceType.Should().Be("OperationOutcome");
    }

    [Fact]
    public async Task Translate_BodyOverTheLimit_Is413()
    {
        var big = "{\"resourceType\":\"CarePlan\",\"note\":[{\"text\":\"" + new string('x', 5 * 1024 * 1024) + "\"}]}";

        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern", big);

        answer.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        answer.IssueCode.Should().Be("too-long");
    }

    [Fact]
    public async Task Translate_ChunkedBodyOverTheLimit_Is413WhileReading()
    {
        var big = Encoding.UTF8.GetBytes("{\"resourceType\":\"CarePlan\",\"note\":[{\"text\":\"" + new string('x', 5 * 1024 * 1024) + "\"}]}");
        var content = new StreamContent(new MemoryStream(big));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/fhir+json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/CarePlan/$translate?target=kern") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var answer = await fixture.Fhir.SendAsync(request);

        answer.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        answer.IssueCode.Should().Be("too-long");
    }

    [Fact]
    public async Task Translate_Bundle_TranslatesTheEntries()
    {
        var bundle = $$"""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{{CarePlan}}}]}""";

        var answer = await fixture.Fhir.PostAsync("/fhir/Bundle/$translate?target=kern&mode=add", bundle);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("return").GetProperty("resource").GetProperty("entry")[0].GetProperty("resource")
            .GetProperty("category")[0].GetProperty("coding").GetArrayLength().Should().Be(2);
    }
}
