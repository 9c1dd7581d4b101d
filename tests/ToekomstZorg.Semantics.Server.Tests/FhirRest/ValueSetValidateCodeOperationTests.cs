using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class ValueSetValidateCodeOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GgzValueSet = "https://w3id.org/toekomstzorg/fhir/ValueSet/ggz";

    [Fact]
    public async Task ValidateCode_CodeOfTheValueSetsScheme_IsTrue()
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/ValueSet/$validate-code?url={GgzValueSet}&system=https://w3id.org/toekomstzorg/ggz&code=zorgcoordinatie");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("result").Value().GetBoolean().Should().BeTrue();
        answer.Parameter("display").Value().GetString().Should().Be("zorgcoördinatie");
    }

    [Fact]
    public async Task ValidateCode_CodeOfAnotherScheme_IsFalseNamingTheValueSet()
    {
        var answer = await fixture.Fhir.GetAsync($"/fhir/ValueSet/$validate-code?url={GgzValueSet}&system=https://w3id.org/toekomstzorg/vaph&code=zorgcoordinatie");

        answer.Parameter("result").Value().GetBoolean().Should().BeFalse();
        answer.Parameter("message").Value().GetString().Should().Contain(GgzValueSet);
    }

    [Fact]
    public async Task ValidateCode_OnInstanceWithCoding_Works()
    {
        var body = """{"resourceType":"Parameters","parameter":[{"name":"coding","valueCoding":{"system":"https://w3id.org/toekomstzorg/kern","code":"mdo","display":"MDO"}}]}""";

        var answer = await fixture.Fhir.PostAsync("/fhir/ValueSet/kern/$validate-code", body);

        answer.Parameter("result").Value().GetBoolean().Should().BeTrue(answer.ToString());
    }

    [Theory]
    [InlineData("/fhir/ValueSet/$validate-code?code=x", 400)]
    [InlineData("/fhir/ValueSet/$validate-code?url=https://example.org/vs&code=x", 404)]
    [InlineData("/fhir/ValueSet/nope/$validate-code?code=x", 404)]
    public async Task ValidateCode_BadRequest_IsAnOperationOutcome(string path, int status)
    {
        var answer = await fixture.Fhir.GetAsync(path);

        ((int)answer.Status).Should().Be(status, answer.ToString());
        answer.ResourceType.Should().Be("OperationOutcome");
    }
}
