using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Server.Tests.Support;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// Content negotiation (http://hl7.org/fhir/R4/http.html#mime-type): every terminology answer in FHIR XML as well as
/// JSON, chosen by <c>_format</c> over <c>Accept</c>; Parameters POSTed as XML. XML answers are read with Firely's strict
/// <see cref="FhirXmlDeserializer"/> and must carry the same content as the JSON answer.
/// </summary>
public sealed class XmlFormatTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Xml = "application/fhir+xml";

    public static TheoryData<string> Interactions => new()
    {
        "/fhir/metadata",
        "/fhir/metadata?mode=terminology",
        "/fhir/CodeSystem/$lookup?system=kern&code=overleg",
        "/fhir/CodeSystem/$lookup?system=ggz&code=mdo",
        "/fhir/CodeSystem/$validate-code?url=ggz&code=mdo",
        "/fhir/CodeSystem/vaph/$validate-code?code=begeleiding",
        "/fhir/CodeSystem/$subsumes?system=kern&codeA=zorgcoordinatie&codeB=mdo",
        "/fhir/ValueSet/$expand?url=https://w3id.org/toekomstzorg/fhir/ValueSet/kern&includeDesignations=true&includeDefinition=true",
        "/fhir/ValueSet/$validate-code?url=https://w3id.org/toekomstzorg/fhir/ValueSet/ggz&system=https://w3id.org/toekomstzorg/ggz&code=zorgcoordinatie",
        "/fhir/ConceptMap/$translate?system=ggz&code=dubbeldiagnose&targetsystem=kern",
        "/fhir/ConceptMap/$translate?system=kern&code=zorgcoordinatie&targetsystem=vaph&reverse=true",
        "/fhir/CodeSystem/ggz",
        "/fhir/ConceptMap/ggz-kern",
        "/fhir/StructureDefinition/original-coding",
        "/fhir/ConceptMap?url=https://w3id.org/toekomstzorg/fhir/ConceptMap/vaph-ggz",
        "/fhir/CodeSystem?_count=2&publisher=x",
        "/fhir/CodeSystem/$lookup?system=ggz&code=bestaat-niet",
        "/fhir/ConceptMap/$translate?system=ggz&code=zorgcoordinatie&targetsytem=kern",
    };

    [Theory]
    [MemberData(nameof(Interactions))]
    public async Task Get_AcceptXml_SameContentAsTheJsonAnswer(string path)
    {
        var json = await fixture.Fhir.GetAsync(path);
        var xml = await fixture.Fhir.GetAsync(path, Xml);

        xml.IsXml.Should().BeTrue(xml.ContentType);
        xml.Status.Should().Be(json.Status, xml.ToString());
        Comparable(xml.Resource).Should().Be(Comparable(json.Resource));
    }

    [Theory]
    [InlineData("xml", true)]
    [InlineData("text/xml", true)]
    [InlineData("application/xml", true)]
    [InlineData("application/fhir+xml", true)]
    [InlineData("json", false)]
    [InlineData("application/json", false)]
    [InlineData("application/fhir+json", false)]
    public async Task Get_FormatParameter_AnswersInThatFormat(string format, bool xml)
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/CodeSystem/$lookup?system=kern&code=overleg&_format={Uri.EscapeDataString(format)}");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.IsXml.Should().Be(xml, answer.ContentType);
        ((Parameters)answer.Resource).GetSingleValue<FhirString>("display")!.Value.Should().Be("overleg");
    }

    [Fact]
    public async Task Get_FormatPlusSignUnescaped_IsReadAsFhirXml()
    {
        // A '+' in a query string decodes to a space: _format=application/fhir+xml as clients often write it.
        var answer = await fixture.Fhir.GetAsync("/fhir/metadata?_format=application/fhir+xml");

        answer.IsXml.Should().BeTrue(answer.ToString());
    }

    [Theory]
    [InlineData("json", Xml, false)]
    [InlineData("xml", FhirClient.FhirJson, true)]
    public async Task Get_FormatAndAccept_FormatWins(string format, string accept, bool xml)
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/metadata?_format={format}", accept);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.IsXml.Should().Be(xml, answer.ContentType);
    }

    [Theory]
    [InlineData("application/fhir+xml;q=0.4, application/fhir+json;q=0.9", false)]
    [InlineData("application/fhir+json;q=0.4, application/fhir+xml", true)]
    [InlineData("text/html, application/xml;q=0.5", true)]
    [InlineData("text/html, */*;q=0.1", false)]
    [InlineData("application/fhir+xml;q=0, application/json", false)]
    public async Task Get_AcceptWithQualities_HighestAcceptableFormatWins(string accept, bool xml)
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/kern", accept);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.IsXml.Should().Be(xml, answer.ContentType);
    }

    [Fact]
    public async Task Get_ErrorWithAcceptXml_IsAnXmlOperationOutcome()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=ggz&code=bestaat-niet", Xml);

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        var outcome = (OperationOutcome)answer.Resource;
        outcome.Issue.Single().Code.Should().Be(OperationOutcome.IssueType.NotFound);
        outcome.Issue.Single().Details!.Text.Should().Contain("bestaat-niet");
    }

    [Fact]
    public async Task Post_XmlParametersBody_AnsweredLikeTheJsonBody()
    {
        var parameters = new Parameters()
            .Add("system", new FhirUri("https://w3id.org/toekomstzorg/ggz"))
            .Add("code", new Code("mdo"));
        var xmlBody = new FhirXmlSerializer().SerializeToString(parameters);
        var jsonBody = new FhirJsonSerializer().SerializeToString(parameters);

        var fromXml = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", xmlBody, Xml);
        var fromJson = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", jsonBody);

        fromXml.Status.Should().Be(HttpStatusCode.OK, fromXml.ToString());
        fromXml.IsXml.Should().BeFalse("the answer's format follows Accept and _format, not the body's");
        fromXml.Parameter("display").Value().GetString().Should().Be("MDO");
        Comparable(fromXml.Resource).Should().Be(Comparable(fromJson.Resource));
    }

    [Fact]
    public async Task Post_XmlParametersFirelyTargetSystem_TranslatesIntoThatSystemOnly()
    {
        var parameters = new Parameters()
            .Add("coding", new Coding("https://w3id.org/toekomstzorg/ggz", "zorgcoordinatie"))
            .Add("targetSystem", new FhirUri("https://w3id.org/toekomstzorg/kern"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/ConceptMap/$translate")
        {
            Content = new StringContent(new FhirXmlSerializer().SerializeToString(parameters), Encoding.UTF8, Xml),
        };
        request.Headers.Accept.ParseAdd(Xml);

        var answer = await fixture.Fhir.SendAsync(request);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var result = (Parameters)answer.Resource;
        result.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        var matches = result.Parameter.Where(p => p.Name == "match").ToList();
        matches.Should().NotBeEmpty();
        matches.Select(m => ((Coding)m.Part.Single(p => p.Name == "concept").Value!).System).Should().OnlyContain(s => s == "https://w3id.org/toekomstzorg/kern");
    }

    [Fact]
    public async Task Post_MalformedXmlBody_Is400WithItsLine()
    {
        const string body = "<Parameters xmlns=\"http://hl7.org/fhir\">\n  <parameter><name value=\"code\"/></parametr>\n</Parameters>";

        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", body, Xml);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain("line 2");
        var issue = ((OperationOutcome)answer.Resource).Issue.Single();
        issue.Extension.Should().Contain(e => e.Url == "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line");
    }

    [Fact]
    public async Task Post_XmlBodyNotParameters_Is400()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>", Xml);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain("Parameters");
    }

    [Fact]
    public async Task Metadata_Formats_ListsJsonAndXml()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/metadata");

        ((CapabilityStatement)answer.Resource).Format.Should().Contain(["application/fhir+json", "json", "application/fhir+xml", "xml"]);
    }

    // The resource as JSON, without what differs from call to call (ids and timestamps generated per answer).
    private static string Comparable(Resource resource)
    {
        var copy = (Resource)resource.DeepCopy();
        switch (copy)
        {
            case Bundle bundle:
                bundle.Id = null;
                foreach (var entry in bundle.Entry.Where(e => e.FullUrl?.StartsWith("urn:uuid:", StringComparison.Ordinal) == true))
                {
                    entry.FullUrl = null;
                }

                break;
            case ValueSet { Expansion: { } expansion }:
                expansion.Identifier = null;
                expansion.TimestampElement = null!;
                break;
        }

        return Encoding.UTF8.GetString(FhirResourceSerializer.SerializeJson(copy));
    }
}
