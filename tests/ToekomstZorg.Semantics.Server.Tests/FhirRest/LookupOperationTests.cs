using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

public sealed class LookupOperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Lookup_KnownCodeByKey_ReturnsNameVersionDisplayDesignationsAndProperties()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=kern&code=overleg");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.ResourceType.Should().Be("Parameters");
        answer.Parameter("name").Value().GetString().Should().Be("Het gedeelde kader");
        answer.Parameter("version").Value().GetString().Should().Be(fixture.Server.Vocabulary.Current.Version).And.Be(answer.VocabularyVersion);
        answer.Parameter("display").Value().GetString().Should().Be("overleg");
        answer.Parameters("designation").Select(d => d.Part("value").Value().GetString()).Should().BeEquivalentTo("overleg", "meeting");
        var properties = answer.Parameters("property").Select(p => (p.Part("code").Value().GetString(), p.Part("value").Value().ToString())).ToList();
        properties.Should().Contain(("parent", "zorgcoordinatie")).And.Contain(("child", "mdo")).And.Contain(("status", "active"))
            .And.Contain(("inactive", "False")).And.Contain(("definition", "Overleg."));
    }

    [Fact]
    public async Task Lookup_ReplacedConcept_ReplacedByPropertyWithCodingAndDisplay()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=ggz&code=mdo");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        var coding = answer.Parameters("property").Single(p => p.Part("code").Value().GetString() == "replacedBy").Part("value").Value();
        (coding.GetProperty("system").GetString(), coding.GetProperty("code").GetString(), coding.GetProperty("display").GetString())
            .Should().Be(("https://w3id.org/toekomstzorg/ggz", "zorgcoordinatie", "zorgcoördinatie"));
        answer.Body.ShouldBeValidFhir();
    }

    [Fact]
    public async Task Lookup_AltLabel_IsASynonymDesignation()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=https://w3id.org/toekomstzorg/kern&code=zorgcoordinatie");

        var synonym = answer.Parameters("designation").Single(d => d.Part("value").Value().GetString() == "Zoco");
        synonym.Part("use").Value().GetProperty("code").GetString().Should().Be("900000000000013009");
        synonym.Part("language").Value().GetString().Should().Be("nl");
    }

    [Fact]
    public async Task Lookup_PropertyParameter_ReturnsOnlyThoseProperties()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=kern&code=overleg&property=parent");

        answer.Parameters("property").Select(p => p.Part("code").Value().GetString()).Should().Equal("parent");
        answer.Parameters("designation").Should().BeEmpty();
    }

    [Fact]
    public async Task Lookup_DisplayLanguageEn_ReturnsEnglishDisplay()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=kern&code=overleg&displayLanguage=en");

        answer.Parameter("display").Value().GetString().Should().Be("meeting");
    }

    [Fact]
    public async Task Lookup_PostParametersWithCoding_Works()
    {
        var body = """{"resourceType":"Parameters","parameter":[{"name":"coding","valueCoding":{"system":"https://w3id.org/toekomstzorg/ggz","code":"mdo"}}]}""";

        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", body);

        answer.Status.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.Parameter("display").Value().GetString().Should().Be("MDO");
        answer.Parameters("property").Single(p => p.Part("code").Value().GetString() == "status").Part("value").Value().GetString().Should().Be("deprecated");
    }

    [Fact]
    public async Task Lookup_UnknownCode_Is404NamingSystemAndCode()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=ggz&code=bestaat-niet");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.IssueCode.Should().Be("not-found");
        answer.Diagnostics.Should().Contain("bestaat-niet").And.Contain("https://w3id.org/toekomstzorg/ggz");
    }

    [Fact]
    public async Task Lookup_UnknownSystem_Is404()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=http://snomed.info/sct&code=123");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Diagnostics.Should().Contain("http://snomed.info/sct");
    }

    [Theory]
    [InlineData("/fhir/CodeSystem/$lookup?system=kern", "code")]
    [InlineData("/fhir/CodeSystem/$lookup?code=overleg", "system")]
    [InlineData("/fhir/CodeSystem/$lookup?system=kern&code=overleg&code=mdo", "code")]
    [InlineData("/fhir/CodeSystem/$lookup?coding=kern|overleg&code=overleg", "coding")]
    public async Task Lookup_MissingOrRepeatedParameter_Is400NamingIt(string path, string parameter)
    {
        var answer = await fixture.Fhir.GetAsync(path);

        answer.Status.Should().Be(HttpStatusCode.BadRequest, answer.ToString());
        answer.Json.GetProperty("issue")[0].GetProperty("expression")[0].GetString().Should().Be(parameter);
    }

    [Fact]
    public async Task Lookup_WrongVersion_Is404NamingTheServedVersion()
    {
        var answer = await fixture.Fhir.GetAsync("/fhir/CodeSystem/$lookup?system=kern&code=overleg&version=1999");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Diagnostics.Should().Contain(fixture.Server.Vocabulary.Current.Version);
    }
}
