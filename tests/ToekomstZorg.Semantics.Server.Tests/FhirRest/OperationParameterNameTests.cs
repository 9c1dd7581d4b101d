using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>The parameter names the terminology operations accept: R4's, the ones Firely's typed parameters send, and nothing silently ignored.</summary>
public sealed class OperationParameterNameTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Translate_FirelyTargetSystemInPost_TranslatesIntoThatSystemOnly()
    {
        // What Firely's TranslateParameters.TargetSystem sends (camelCase), not R4's 'targetsystem'.
        var body = """
            {"resourceType":"Parameters","parameter":[
              {"name":"code","valueCode":"zorgcoordinatie"},{"name":"system","valueUri":"https://w3id.org/toekomstzorg/ggz"},
              {"name":"targetSystem","valueUri":"https://w3id.org/toekomstzorg/kern"}]}
            """;

        var answer = await fixture.Fhir.PostAsync("/fhir/ConceptMap/$translate", body);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameters("match").Should().NotBeEmpty();
        answer.Parameters("match").Should().OnlyContain(m => m.Part("concept").Value().GetProperty("system").GetString() == "https://w3id.org/toekomstzorg/kern");
        answer.Parameter("message").Value().GetString().Should().Contain("https://w3id.org/toekomstzorg/kern").And.NotContain("any other");
    }

    [Fact]
    public async Task Translate_UnknownFirelyTargetSystem_Is404NamingIt()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?system=ggz&code=zorgcoordinatie&targetSystem=http://example.org/nope");

        answer.Status.Should().Be(HttpStatusCode.NotFound, answer.ToString());
        answer.ResourceType.Should().Be("OperationOutcome");
        answer.Diagnostics.Should().Contain("http://example.org/nope");
    }

    [Theory]
    [InlineData("/fhir/CodeSystem/$validate-code?url=https://w3id.org/toekomstzorg/ggz&code=zorgcoordinatie&abstract=true", HttpStatusCode.OK)]
    [InlineData("/fhir/ValueSet/$validate-code?url=https://w3id.org/toekomstzorg/ggz?vs&system=https://w3id.org/toekomstzorg/ggz&code=zorgcoordinatie&abstract=false", HttpStatusCode.OK)]
    [InlineData("/fhir/ValueSet/$validate-code?url=https://w3id.org/toekomstzorg/ggz?vs&system=https://w3id.org/toekomstzorg/ggz&code=zorgcoordinatie&abstract=misschien", HttpStatusCode.BadRequest)]
    public async Task ValidateCode_R4AbstractParameter_AcceptedWhenBoolean(string path, HttpStatusCode status)
    {
        // Firely's validator sends 'abstract' on every $validate-code; the vocabulary has no abstract concepts.
        var answer = await fixture.Fhir.GetAsync(path);

        answer.Status.Should().Be(status, answer.ToString());
    }

    [Theory]
    [InlineData("/fhir/ConceptMap/$translate?system=ggz&code=zorgcoordinatie&targetsytem=kern", "targetsytem")]
    [InlineData("/fhir/CodeSystem/$lookup?system=ggz&code=zorgcoordinatie&date=2024-01-01", "date")]
    [InlineData("/fhir/CodeSystem/$validate-code?url=ggz&code=zorgcoordinatie&date=2024-01-01", "date")]
    [InlineData("/fhir/CodeSystem/$subsumes?system=kern&codeA=a&codeB=b&foo=1", "foo")]
    [InlineData("/fhir/ValueSet/$expand?url=https://w3id.org/toekomstzorg/ggz?vs&excludeNested=true", "excludeNested")]
    [InlineData("/fhir/ValueSet/$validate-code?url=https://w3id.org/toekomstzorg/ggz?vs&code=x&systemVersion=1", "systemVersion")]
    public async Task Operation_UnknownQueryParameter_Is400NamingIt(string path, string named)
    {
        var answer = await fixture.Fhir.GetAsync(path);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.ResourceType.Should().Be("OperationOutcome");
        answer.Diagnostics.Should().Contain($"'{named}'");
    }

    [Fact]
    public async Task Lookup_UnknownParameterInPostBody_Is400NamingIt()
    {
        var body = """
            {"resourceType":"Parameters","parameter":[
              {"name":"code","valueCode":"zorgcoordinatie"},{"name":"system","valueUri":"https://w3id.org/toekomstzorg/ggz"},
              {"name":"propertee","valueCode":"parent"}]}
            """;

        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", body);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Diagnostics.Should().Contain("'propertee'");
    }

    [Fact]
    public async Task Lookup_FormatParameter_IsNotAnOperationParameter()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=ggz&code=zorgcoordinatie&_format=json&_pretty=true");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("display").Value().GetString().Should().NotBeNullOrEmpty();
    }
}
