using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class OperationOutcomeTests
{
    [Fact]
    public void ToOperationOutcomeJson_CarePlan_OneIssuePerReportableCoding()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        var outcome = result.ToOperationOutcomeJson();

        outcome.ShouldBeValidFhir();
        var issues = JsonNode.Parse(outcome)!["issue"]!.AsArray();
        issues.Select(i => i!["expression"]![0]!.GetValue<string>()).Should().Equal(
            "CarePlan.contained[0].ofType(Goal).description.coding[0]",
            "CarePlan.extension[0].value.ofType(CodeableConcept).coding[0]",
            "CarePlan.activity[0].detail.code.coding[0]",
            "CarePlan.activity[0].detail.reasonCode[0].coding[0]",
            "CarePlan.activity[1].outcomeCodeableConcept[0].coding[0]",
            "CarePlan.activity[1].detail.code.coding[0]",
            "CarePlan.activity[2].detail.code.coding[0]");
    }

    [Theory]
    [InlineData("CarePlan.activity[0].detail.code.coding[0]", "warning", "informational", "wider")]
    [InlineData("CarePlan.contained[0].ofType(Goal).description.coding[0]", "warning", "informational", "inexact")]
    [InlineData("CarePlan.activity[1].outcomeCodeableConcept[0].coding[0]", "warning", "not-found", "unmatched")]
    [InlineData("CarePlan.activity[2].detail.code.coding[0]", "warning", "code-invalid", null)]
    [InlineData("CarePlan.activity[1].detail.code.coding[0]", "information", "informational", null)]
    public void ToOperationOutcomeJson_Issue_HasSeverityCodeAndEquivalence(string expression, string severity, string code, string? equivalence)
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        var issue = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]!.AsArray()
            .Single(i => i!["expression"]![0]!.GetValue<string>() == expression)!;

        issue["severity"]!.GetValue<string>().Should().Be(severity);
        issue["code"]!.GetValue<string>().Should().Be(code);
        issue["details"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        if (equivalence is null)
        {
            issue["details"]!["coding"].Should().BeNull();
        }
        else
        {
            issue["details"]!["coding"]![0]!["system"]!.GetValue<string>().Should().Be(FhirExtensionUrls.ConceptMapEquivalenceSystem);
            issue["details"]!["coding"]![0]!["code"]!.GetValue<string>().Should().Be(equivalence);
        }
    }

    [Fact]
    public void ToOperationOutcomeJson_LossyTranslation_CarriesRationaleAndPath()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        var issue = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]!.AsArray()
            .Single(i => i!["expression"]![0]!.GetValue<string>() == "CarePlan.activity[0].detail.code.coding[0]")!;

        issue["details"]!["text"]!.GetValue<string>().Should().Contain("wider").And.Contain("Rationale for mdo-psy to mdo");
        issue["diagnostics"]!.GetValue<string>().Should().Contain("skos:broadMatch");
    }

    [Fact]
    public void ToOperationOutcomeJson_FalseFriend_IsWarnedInDetails()
    {
        var result = TranslationFixture.Translate(Samples.CareTeam, "ggz");

        var issue = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]!.AsArray()
            .Single(i => i!["expression"]![0]!.GetValue<string>() == "CareTeam.reasonCode[0].coding[0]")!;

        issue["severity"]!.GetValue<string>().Should().Be("warning");
        issue["details"]!["text"]!.GetValue<string>().Should().Contain("false friend");
    }

    [Fact]
    public void ToOperationOutcomeJson_AllEquivalent_OneInformationalIssue()
    {
        const string json = """{"resourceType":"CareTeam","category":[{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"zorgcoordinatie"}]}]}""";
        var result = TranslationFixture.Translate(json);

        var outcome = result.ToOperationOutcomeJson(indented: true);

        outcome.ShouldBeValidFhir();
        var issue = JsonNode.Parse(outcome)!["issue"]!.AsArray().Single()!;
        issue["severity"]!.GetValue<string>().Should().Be("information");
        issue["details"]!["text"]!.GetValue<string>().Should().Contain("1 translated");
    }

    [Fact]
    public void Summary_CountsEachOutcome()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Summary.Should().Contain("9 codings").And.Contain("5 translated (4 lossy, 0 false friends)")
            .And.Contain("1 unmapped").And.Contain("1 unknown codes").And.Contain("1 from other systems").And.Contain("6 codings written");
    }

    [Fact]
    public void FhirSchemaValidator_InvalidResources_AreRejected()
    {
        // The validator must be able to fail: a CarePlan without subject, an OperationOutcome without issue, an unknown element.
        FhirSchemaValidator.Validate(Samples.Utf8("""{"resourceType":"CarePlan","status":"active","intent":"plan"}""")).Valid.Should().BeFalse();
        FhirSchemaValidator.Validate(Samples.Utf8("""{"resourceType":"OperationOutcome"}""")).Valid.Should().BeFalse();
        FhirSchemaValidator.Validate(Samples.Utf8("""{"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/1"},"unknownElement":1}""")).Valid.Should().BeFalse();
    }
}
