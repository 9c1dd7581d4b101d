using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using ToekomstZorg.Semantics.Server.Tests.Support;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// CarePlan/CareTeam/Bundle $translate is byte-preserving and so JSON only: an XML body is a 415, an Accept or _format
/// that allows only XML a 406, each saying why; and it names any parameter it does not know (400).
/// </summary>
public sealed class ResourceTranslateFormatTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string CarePlanJson = """
        {"resourceType": "CarePlan", "status": "active", "intent": "plan", "subject": {"reference": "Patient/p1"},
         "category": [{"coding": [{"system": "https://w3id.org/toekomstzorg/ggz", "code": "dubbeldiagnose"}]}]}
        """;

    [Fact]
    public async Task Translate_XmlBody_Is415SayingItIsByteForByteJson()
    {
        var xml = new FhirXmlSerializer().SerializeToString(new FhirJsonDeserializer().DeserializeResource(CarePlanJson));

        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern", xml, FhirClient.FhirXml);

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType, answer.ToString());
        answer.ResourceType.Should().Be("OperationOutcome");
        answer.Diagnostics.Should().Contain("byte-preserving").And.Contain("JSON only");
    }

    [Theory]
    [InlineData("application/fhir+xml")]
    [InlineData("application/xml, text/xml")]
    public async Task Translate_AcceptOnlyXml_Is406SayingItIsJsonOnly(string accept)
    {
        var answer = await SendAsync("/fhir/CareTeam/$translate?target=kern", """{"resourceType":"CareTeam","status":"active"}""", accept);

        answer.Status.Should().Be(HttpStatusCode.NotAcceptable, answer.ToString());
        answer.IsXml.Should().BeFalse();
        answer.Diagnostics.Should().Contain("byte-preserving").And.Contain("JSON only");
    }

    [Fact]
    public async Task Translate_FormatXml_Is406()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?target=kern&_format=xml", CarePlanJson);

        answer.Status.Should().Be(HttpStatusCode.NotAcceptable, answer.ToString());
        answer.Diagnostics.Should().Contain("JSON only");
    }

    [Fact]
    public async Task Translate_AcceptXmlPreferredJsonAllowed_AnswersJson()
    {
        var answer = await SendAsync("/fhir/CarePlan/$translate?target=kern", CarePlanJson, "application/fhir+xml, application/fhir+json;q=0.5");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.IsXml.Should().BeFalse();
        answer.Parameter("return").GetProperty("resource").GetProperty("category")[0].GetProperty("coding").GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData("/fhir/CarePlan/$translate?target=kern&modus=replace", "modus")]
    [InlineData("/fhir/CarePlan/$translate?targt=kern", "targt")]
    public async Task Translate_UnknownQueryParameter_Is400NamingIt(string path, string named)
    {
        var answer = await fixture.Fhir.PostAsync(path, CarePlanJson);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain($"'{named}'").And.Contain("target");
    }

    [Fact]
    public async Task Translate_UnknownParameterInParametersBody_Is400NamingIt()
    {
        var body = $$"""{"resourceType":"Parameters","parameter":[{"name":"resource","resource":{{CarePlanJson}}},{"name":"target","valueCode":"kern"},{"name":"modus","valueCode":"replace"}]}""";

        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate", body);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain("'modus'");
    }

    [Fact]
    public async Task Translate_FirelyTargetSystemInQuery_Translates()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CarePlan/$translate?targetSystem=kern&mode=add", CarePlanJson);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("return").GetProperty("resource").GetProperty("category")[0].GetProperty("coding")[1]
            .GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
    }

    private Task<FhirAnswer> SendAsync(string path, string body, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, FhirClient.FhirJson) };
        request.Headers.TryAddWithoutValidation("Accept", accept).Should().BeTrue();
        return fixture.Fhir.SendAsync(request);
    }
}
