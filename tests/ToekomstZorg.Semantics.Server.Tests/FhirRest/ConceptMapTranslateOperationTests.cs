using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class ConceptMapTranslateOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Translate_SectorToKern_ReturnsMatchWithEquivalenceConceptSourceAndRationale()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?system=ggz&code=dubbeldiagnose&targetsystem=kern");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("result").Value().GetBoolean().Should().BeTrue();
        var match = answer.Parameter("match");
        match.Part("equivalence").Value().GetString().Should().Be("wider");
        var concept = match.Part("concept").Value();
        concept.GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
        concept.GetProperty("code").GetString().Should().Be("dubbeldiagnose");
        match.Part("source").Value().GetString().Should().Be("https://w3id.org/toekomstzorg/fhir/ConceptMap/ggz-kern");
        match.Part("message").Value().GetString().Should().Contain("verslaving");
    }

    [Fact]
    public async Task Translate_FalseFriendAcrossSectors_IsNotEquivalentAndWarns()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?system=https://w3id.org/toekomstzorg/ggz&code=dubbeldiagnose&targetsystem=vaph");

        var match = answer.Parameter("match");
        match.Part("equivalence").Value().GetString().Should().NotBe("equivalent");
        answer.Parameter("message").Value().GetString().Should().Contain("false friend");
    }

    [Fact]
    public async Task Translate_ByConceptMapUrl_UsesItsSourceAndTarget()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?url=https://w3id.org/toekomstzorg/fhir/ConceptMap/ggz-kern&code=zorgcoordinatie");

        var match = answer.Parameter("match");
        match.Part("equivalence").Value().GetString().Should().Be("equivalent", answer.ToString());
        match.Part("concept").Value().GetProperty("code").GetString().Should().Be("zorgcoordinatie");
    }

    [Fact]
    public async Task Translate_OnInstance_UsesTheMap()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/vaph-kern/$translate?code=begeleiding");

        answer.Parameter("match").Part("equivalence").Value().GetString().Should().Be("relatedto", answer.ToString());
    }

    [Fact]
    public async Task Translate_Reverse_ReturnsTheCodesThatMapToTheCode()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?system=kern&code=zorgcoordinatie&targetsystem=vaph&reverse=true");

        answer.Parameter("result").Value().GetBoolean().Should().BeTrue(answer.ToString());
        var found = answer.Parameters("match").Select(m => (m.Part("concept").Value().GetProperty("code").GetString(), m.Part("equivalence").Value().GetString())).ToList();
        found.Should().BeEquivalentTo([("zorgcoordinatie", "equivalent"), ("begeleiding", "relatedto")]);
        answer.Parameters("match").Should().OnlyContain(m => m.Part("concept").Value().GetProperty("system").GetString() == "https://w3id.org/toekomstzorg/vaph");
        answer.Parameter("match").Part("source").Value().GetString().Should().EndWith("/ConceptMap/vaph-kern");
    }

    [Fact]
    public async Task Translate_NoTarget_TranslatesIntoEveryOtherScheme()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?system=ggz&code=zorgcoordinatie");

        answer.Parameters("match").Select(m => m.Part("concept").Value().GetProperty("system").GetString()).Distinct()
            .Should().BeEquivalentTo("https://w3id.org/toekomstzorg/kern", "https://w3id.org/toekomstzorg/vaph");
    }

    [Fact]
    public async Task Translate_PostCodeableConcept_SkipsUnknownSystems()
    {
        var body = """
            {"resourceType":"Parameters","parameter":[
              {"name":"codeableConcept","valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"1"},
                 {"system":"https://w3id.org/toekomstzorg/ggz","code":"zorgcoordinatie"}]}},
              {"name":"targetsystem","valueUri":"https://w3id.org/toekomstzorg/kern"}]}
            """;

        var answer = await fixture.Fhir.PostAsync("/fhir/ConceptMap/$translate", body);

        answer.Parameter("match").Part("concept").Value().GetProperty("code").GetString().Should().Be("zorgcoordinatie", answer.ToString());
    }

    [Fact]
    public async Task Translate_Unmapped_IsResultFalse()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/ConceptMap/$translate?system=kern&code=overleg&targetsystem=vaph");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Parameter("result").Value().GetBoolean().Should().BeFalse();
        answer.Parameters("match").Should().BeEmpty();
    }

    [Theory]
    [InlineData("/fhir/ConceptMap/$translate?system=ggz&code=xyz&targetsystem=kern", 404, "xyz")]
    [InlineData("/fhir/ConceptMap/$translate?system=http://example.org&code=a&targetsystem=kern", 404, "http://example.org")]
    [InlineData("/fhir/ConceptMap/$translate?system=ggz&code=mdo&targetsystem=nope", 404, "nope")]
    [InlineData("/fhir/ConceptMap/$translate?code=mdo", 400, "system")]
    [InlineData("/fhir/ConceptMap/$translate?system=ggz", 400, "code")]
    [InlineData("/fhir/ConceptMap/$translate?system=ggz&code=mdo&reverse=maybe", 400, "reverse")]
    [InlineData("/fhir/ConceptMap/nope-kern/$translate?code=mdo", 404, "nope-kern")]
    public async Task Translate_BadRequest_IsOperationOutcomeNamingTheValue(string path, int status, string named)
    {
        var answer = await fixture.Fhir.GetAsync(path);

        ((int)answer.Status).Should().Be(status, answer.ToString());
        answer.Diagnostics.Should().Contain(named);
    }
}
