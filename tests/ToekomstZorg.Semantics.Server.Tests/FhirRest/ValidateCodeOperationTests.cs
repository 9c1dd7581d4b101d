using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class ValidateCodeOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ValidateCode_KnownCode_IsTrueWithDisplay()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$validate-code?url=https://w3id.org/toekomstzorg/ggz&code=dubbeldiagnose");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Parameter("result").Value().GetBoolean().Should().BeTrue();
        answer.Parameter("display").Value().GetString().Should().Be("dubbeldiagnose");
    }

    [Fact]
    public async Task ValidateCode_UnknownCode_IsFalseWithMessage()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$validate-code?url=ggz&code=onbekend");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Parameter("result").Value().GetBoolean().Should().BeFalse();
        answer.Parameter("message").Value().GetString().Should().Contain("onbekend");
    }

    [Theory]
    [InlineData("zorgcoördinatie", true)]
    [InlineData("ZOCO", true)]
    [InlineData("care coordination", true)]
    [InlineData("coördinatie van zorg", false)]
    [InlineData("zorgcoordinatie", false)] // the hidden label: for search only, never a display (gRPC ValidateCode agrees)
    public async Task ValidateCode_Display_MatchesAPreferredOrAlternativeLabelIgnoringCase(string display, bool expected)
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/CodeSystem/$validate-code?url=kern&code=zorgcoordinatie&display={Uri.EscapeDataString(display)}");

        answer.Parameter("result").Value().GetBoolean().Should().Be(expected);
        if (!expected)
        {
            answer.Parameter("message").Value().GetString().Should().Contain("zorgcoördinatie");
        }
    }

    [Fact]
    public async Task ValidateCode_OnInstance_UsesThatCodeSystem()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/vaph/$validate-code?code=begeleiding");

        answer.Parameter("result").Value().GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task ValidateCode_DeprecatedCode_IsValidWithAMessage()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$validate-code?url=ggz&code=mdo");

        answer.Parameter("result").Value().GetBoolean().Should().BeTrue();
        answer.Parameter("message").Value().GetString().Should().Contain("deprecated").And.EndWith("Use https://w3id.org/toekomstzorg/ggz|zorgcoordinatie (dct:isReplacedBy).");
    }

    [Fact]
    public async Task ValidateCode_CodeableConceptWithOneValidCoding_IsTrue()
    {
        var body = """
            {"resourceType":"Parameters","parameter":[{"name":"codeableConcept","valueCodeableConcept":{"coding":[
              {"system":"https://w3id.org/toekomstzorg/ggz","code":"nope"},
              {"system":"https://w3id.org/toekomstzorg/ggz","code":"zorgcoordinatie"}]}}]}
            """;

        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$validate-code", body);

        answer.Parameter("result").Value().GetBoolean().Should().BeTrue(answer.ToString());
    }

    [Fact]
    public async Task ValidateCode_UnknownCodeSystem_Is404()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$validate-code?url=http://loinc.org&code=1-8");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
    }
}
