using System.Text.Json;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Services;

public sealed class FhirTranslationMessagesTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    private const string CarePlan = """
        {"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/p"},
         "category":[{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"dubbeldiagnose"}]}]}
        """;

    [Fact]
    public void Translate_CarePlan_ReturnsResourceOutcomeAndReportPerCoding()
    {
        var response = FhirTranslationMessages.Translate(fixture.Vocabulary, new FhirTranslateRequest { ResourceJson = CarePlan, TargetSystem = "vaph" }, "CarePlan");

        response.VocabularyVersion.Should().Be(fixture.Vocabulary.Version);
        JsonDocument.Parse(response.ResourceJson).RootElement.GetProperty("category")[0].GetProperty("coding").GetArrayLength().Should().Be(2);
        FhirSchemaValidator.ShouldBeValidFhir(System.Text.Encoding.UTF8.GetBytes(response.ResourceJson));
        FhirSchemaValidator.ShouldBeValidFhir(System.Text.Encoding.UTF8.GetBytes(response.OperationOutcomeJson));
        var report = response.Codings.Should().ContainSingle().Subject;
        report.Location.Should().Be("CarePlan.category[0].coding[0]");
        (report.SourceCode, report.TargetSystem, report.TargetCode).Should().Be(("dubbeldiagnose", "https://w3id.org/toekomstzorg/vaph", "dubbeldiagnose"));
        report.Warnings.Should().Contain(w => w.Code == "false-friend");
    }

    [Fact]
    public void Translate_ReplaceMode_SwapsTheCoding()
    {
        var response = FhirTranslationMessages.Translate(fixture.Vocabulary,
            new FhirTranslateRequest { ResourceJson = CarePlan, TargetSystem = "kern", Mode = TranslationMode.Replace }, "CarePlan");

        var coding = JsonDocument.Parse(response.ResourceJson).RootElement.GetProperty("category")[0].GetProperty("coding");
        coding.GetArrayLength().Should().Be(1);
        coding[0].GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
    }

    [Theory]
    [InlineData("", "kern", "CarePlan", nameof(TerminologyFault.InvalidArgument), "resource_json is required")]
    [InlineData(CarePlan, "", "CarePlan", nameof(TerminologyFault.InvalidArgument), "target_system is required")]
    [InlineData(CarePlan, "snomed", "CarePlan", nameof(TerminologyFault.NotFound), "target_system")]
    [InlineData(CarePlan, "kern", "CareTeam", nameof(TerminologyFault.InvalidArgument), "where a CareTeam is expected")]
    [InlineData("{\"resourceType\":\"CarePlan\",\n\"status\":}", "kern", "CarePlan", nameof(TerminologyFault.InvalidArgument), "line 2")]
    public void Translate_BadInput_NamesTheFieldAndPosition(string json, string target, string type, string fault, string message)
    {
        var translate = () => FhirTranslationMessages.Translate(fixture.Vocabulary, new FhirTranslateRequest { ResourceJson = json, TargetSystem = target }, type);

        var error = translate.Should().Throw<TerminologyRequestException>().Which;
        error.Fault.ToString().Should().Be(fault);
        error.Message.Should().Contain(message);
    }
}
