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
    [InlineData("CarePlan.activity[0].detail.code.coding[0]", "warning", "informational", "lossy", "wider")]
    [InlineData("CarePlan.contained[0].ofType(Goal).description.coding[0]", "warning", "informational", "lossy", "inexact")]
    [InlineData("CarePlan.activity[1].outcomeCodeableConcept[0].coding[0]", "warning", "not-found", "unmapped", "unmatched")]
    [InlineData("CarePlan.activity[2].detail.code.coding[0]", "warning", "code-invalid", "unknown-code", null)]
    [InlineData("CarePlan.activity[1].detail.code.coding[0]", "information", "informational", "unknown-system", null)]
    public void ToOperationOutcomeJson_Issue_HasSeverityCodesAndEquivalence(string expression, string severity, string code, string outcomeCode, string? equivalence)
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        var issue = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]!.AsArray()
            .Single(i => i!["expression"]![0]!.GetValue<string>() == expression)!;

        issue["severity"]!.GetValue<string>().Should().Be(severity);
        issue["code"]!.GetValue<string>().Should().Be(code);
        issue["details"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        var codings = issue["details"]!["coding"]!.AsArray().Select(c => $"{c!["system"]}|{c["code"]}").ToArray();
        codings[0].Should().Be($"{FhirExtensionUrls.TranslationOutcomeSystem}|{outcomeCode}");
        codings.Skip(1).Should().Equal(equivalence is null ? [] : [$"{FhirExtensionUrls.ConceptMapEquivalenceSystem}|{equivalence}"]);
    }

    [Fact]
    public void ToOperationOutcomeJson_Issue_CarriesLineAndColumnOfTheCoding()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);
        var lines = Samples.CarePlan.Split('\n');
        var expectedLine = Array.FindIndex(lines, l => l.Contains("\"code\": \"mdo-psy\"", StringComparison.Ordinal)) + 1;

        var issue = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]!.AsArray()
            .Single(i => i!["expression"]![0]!.GetValue<string>() == "CarePlan.activity[0].detail.code.coding[0]")!;

        var extensions = issue["extension"]!.AsArray();
        extensions[0]!["url"]!.GetValue<string>().Should().Be(FhirExtensionUrls.IssueLine);
        extensions[0]!["valueInteger"]!.GetValue<int>().Should().Be(expectedLine);
        extensions[1]!["valueInteger"]!.GetValue<int>().Should().Be(lines[expectedLine - 1].IndexOf("{ \"system\"", StringComparison.Ordinal) + 1);
        var report = result.At("CarePlan.activity[0].detail.code.coding[0]");
        Samples.Utf8(Samples.CarePlan)[report.ByteOffset].Should().Be((byte)'{');
    }

    [Fact]
    public void ToOperationOutcomeJson_Error_CarriesLineColumnAndStableCode()
    {
        var result = TranslationFixture.Translate("{\n  \"resourceType\": \"Goal\",\n  \"x\": tru\n}");

        var issue = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]![0]!;

        issue["extension"]![0]!["valueInteger"]!.GetValue<int>().Should().Be(3);
        issue["details"]!["coding"]![0]!["code"]!.GetValue<string>().Should().Be("invalid-json");
        result.ToOperationOutcomeJson().ShouldBeValidFhir();
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
    public void ToOperationOutcomeJson_RationaleEndingInFullStop_SentencesJoinedWithoutDoubleStop()
    {
        var result = TranslationFixture.Translate(Samples.CareTeam, "ggz");

        var text = JsonNode.Parse(result.ToOperationOutcomeJson())!["issue"]!.AsArray()
            .Single(i => i!["expression"]![0]!.GetValue<string>() == "CareTeam.reasonCode[0].coding[0]")!["details"]!["text"]!.GetValue<string>();

        text.Should().Contain("to dubbeldiagnose. Warning: false friend").And.NotContain("..");
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

    [Theory]
    [InlineData(TranslationMode.Add)]
    [InlineData(TranslationMode.Replace)]
    public void ToParametersJson_Bundle_ReturnAndOutcomeAreValidFhir(TranslationMode mode)
    {
        var result = TranslationFixture.Translate(Samples.Bundle, mode: mode);

        var parameters = result.ToParametersJson();

        parameters.ShouldBeValidFhir();
        var parameter = JsonNode.Parse(parameters)!["parameter"]!.AsArray();
        parameter.Select(p => p!["name"]!.GetValue<string>()).Should().Equal("return", "outcome");
        System.Text.Encoding.UTF8.GetString(parameters).Should().Contain(System.Text.Encoding.UTF8.GetString(result.Resource.Span), "the resource is embedded byte for byte");
    }

    [Fact]
    public void ToParametersJson_RejectedInput_OnlyOutcome()
    {
        var result = TranslationFixture.Translate("""{"resourceType":"Patient"}""");

        var parameters = result.ToParametersJson();

        parameters.ShouldBeValidFhir();
        JsonNode.Parse(parameters)!["parameter"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("outcome");
        result.Error!.HttpStatus.Should().Be(422);
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
