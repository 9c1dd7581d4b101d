using System.Net;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// Every kind of facade answer, in JSON and in XML, judged by Firely's validator (Firely.Fhir.Validation.R4 against the
/// R4 core definitions and our extension definitions, <see cref="FirelyValidator"/>): no error, no warning.
/// </summary>
public sealed class FirelyValidationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string> Answers()
    {
        string[] paths =
        [
            "/fhir/metadata",
            "/fhir/metadata?mode=terminology",
            "/fhir/CodeSystem/$lookup?system=kern&code=overleg",
            "/fhir/CodeSystem/$lookup?system=ggz&code=mdo",
            "/fhir/CodeSystem/$validate-code?url=kern&code=zorgcoordinatie&display=nope",
            "/fhir/CodeSystem/$subsumes?system=kern&codeA=zorgcoordinatie&codeB=mdo",
            "/fhir/ValueSet/$expand?url=https://w3id.org/toekomstzorg/fhir/ValueSet/kern&includeDesignations=true&includeDefinition=true&filter=zoco",
            "/fhir/ValueSet/ggz/$validate-code?system=https://w3id.org/toekomstzorg/vaph&code=begeleiding",
            "/fhir/ConceptMap/$translate?system=ggz&code=dubbeldiagnose&targetsystem=vaph",
            "/fhir/ConceptMap?_count=1",
            "/fhir/CodeSystem?url=https://w3id.org/toekomstzorg/kern&publisher=x",
            "/fhir/StructureDefinition/original-coding",
            "/fhir/CodeSystem/$lookup?system=kern&code=overleg&date=2024",
            "/fhir/ValueSet/nope/$expand",
        ];
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            data.Add(path, FhirClient.FhirJson);
            data.Add(path, FhirClient.FhirXml);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Get_Answer_IsValidByFirely(string path, string accept)
    {
        var answer = await fixture.Fhir.GetAsync(path, accept);

        answer.Body.Should().NotBeEmpty();
        answer.IsXml.Should().Be(accept == FhirClient.FhirXml, answer.ContentType);
        answer.Resource.ShouldBeValidByFirely();
    }

    [Fact]
    public async Task Post_MalformedBodyOutcomeWithPosition_IsValidByFirely()
    {
        var answer = await fixture.Fhir.PostAsync("/fhir/CodeSystem/$lookup", "{\"resourceType\":\"Parameters\",\n\"parameter\":[}");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Resource.ShouldBeValidByFirely();
    }
}
