using System.Text;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Firely;

/// <summary>The harness can fail: Firely's validator, as set up in tests/TestSupport, rejects what R4 or our extension definitions forbid.</summary>
public sealed class FirelyValidatorTests
{
    private const string Prefix = """{"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/1"},"category":[{"coding":[""";

    [Fact]
    public void ShouldBeValidByFirely_CarePlanWithoutStatus_Fails()
    {
        var json = """{"resourceType":"CarePlan","intent":"plan","subject":{"reference":"Patient/1"}}"""u8.ToArray();

        // Firely's strict deserializer already refuses it (status is 1..1), before the validator runs.
        FluentActions.Invoking(() => json.ShouldBeValidByFirely()).Should().Throw<Hl7.Fhir.Serialization.DeserializationFailedException>().WithMessage("*status*");
    }

    [Fact]
    public void ShouldBeValidByFirely_CarePlanWithUnknownIntent_Fails()
    {
        var carePlan = new Hl7.Fhir.Model.CarePlan { Status = Hl7.Fhir.Model.RequestStatus.Active, Subject = new Hl7.Fhir.Model.ResourceReference("Patient/1") };

        // intent is 1..1: the POCO lacks it, so only the validator can find it.
        FluentActions.Invoking(() => carePlan.ShouldBeValidByFirely()).Should().Throw<Exception>().WithMessage("*intent*");
    }

    [Fact]
    public void ValidateJson_OriginalCodingWithStringValue_ReportsErrorFromOurDefinition()
    {
        var json = Prefix + $$"""{"extension":[{"url":"{{FhirExtensionUrls.OriginalCoding}}","valueString":"x"}],"system":"https://w3id.org/toekomstzorg/kern","code":"herstel"}]}]}""";

        var outcome = FirelyValidator.ValidateJson(Encoding.UTF8.GetBytes(json));

        outcome.Issue.Should().Contain(i => i.Severity == Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public void ValidateJson_OriginalCodingOnCoding_NoProblem()
    {
        var json = Prefix + $$$"""{"extension":[{"url":"{{{FhirExtensionUrls.OriginalCoding}}}","valueCoding":{"system":"https://w3id.org/toekomstzorg/ggz","code":"herstel"}}],"system":"https://w3id.org/toekomstzorg/kern","code":"herstel"}]}]}""";

        FirelyValidator.ParseJson(Encoding.UTF8.GetBytes(json)).ShouldBeValidByFirely();
    }

    [Fact]
    public void ValidateJson_UnknownExtension_IsReported()
    {
        var json = Prefix + """{"extension":[{"url":"https://w3id.org/toekomstzorg/fhir/StructureDefinition/nope","valueString":"x"}],"system":"https://w3id.org/toekomstzorg/kern","code":"herstel"}]}]}""";

        var outcome = FirelyValidator.ValidateJson(Encoding.UTF8.GetBytes(json));

        outcome.Issue.Should().Contain(i => i.Severity <= Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Warning && FirelyValidator.Text(i).Contains("nope"));
    }
}
