using System.Text;
using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Benchmarks.Fhir;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Benchmarks;

/// <summary>
/// Every output of the in-process benchmark (<c>CarePlanTranslationBenchmarks</c>: the same <see cref="TypicalCarePlan"/>
/// through the same <see cref="BenchmarkCodingTranslator"/> to kern) is a valid FHIR R4 resource according to the
/// official FHIR R4 JSON schema, judged by python3-jsonschema (<see cref="FhirSchemaValidator"/>), and is really
/// translated: the benchmark does not measure, nor this test validate, an unchanged input.
/// </summary>
public sealed class CarePlanBenchmarkOutputTests
{
    private const string Kern = BenchmarkCodingTranslator.Base + "kern";

    private static readonly byte[] CarePlan = Encoding.UTF8.GetBytes(TypicalCarePlan.Json);

    [Theory]
    [InlineData(TranslationMode.Add)]
    [InlineData(TranslationMode.Replace)]
    public void Translate_BenchmarkCarePlan_WritesKernCodingsIntoValidFhirCarePlan(TranslationMode mode)
    {
        var translator = new FhirResourceTranslator(new BenchmarkCodingTranslator());

        var result = translator.Translate(CarePlan, "kern", mode);

        result.Succeeded.Should().BeTrue(result.Summary);
        result.ResourceType.Should().Be("CarePlan");
        var translated = result.Codings.Count(c => c.Status == CodingReportStatus.Translated);
        translated.Should().BePositive("the benchmark's vocabulary maps its ouderenzorg and welzijn codes to kern");
        result.WrittenCodings.Should().Be(translated);
        KernCodings(JsonNode.Parse(result.Resource.Span)).Should().Be(result.WrittenCodings);
        KernCodings(JsonNode.Parse(CarePlan)).Should().Be(0);
        result.Resource.ShouldBeValidFhir();
    }

    [Theory]
    [InlineData(TranslationMode.Add)]
    [InlineData(TranslationMode.Replace)]
    public void ToOperationOutcomeJson_BenchmarkCarePlan_IsValidFhirOperationOutcomeWithIssues(TranslationMode mode)
    {
        var translator = new FhirResourceTranslator(new BenchmarkCodingTranslator());
        var result = translator.Translate(CarePlan, "kern", mode);

        var outcome = result.ToOperationOutcomeJson();

        var tree = JsonNode.Parse(outcome)!;
        tree["resourceType"]!.GetValue<string>().Should().Be("OperationOutcome");
        tree["issue"]!.AsArray().Should().NotBeEmpty("the benchmark's SNOMED CT codings and lossy mappings are reported");
        outcome.ShouldBeValidFhir();
    }

    [Fact]
    public void JsonNodeRoundTrip_BenchmarkCarePlan_IsValidFhirCarePlan()
    {
        // The benchmark's peer (JsonNodeRoundTripOnly) writes the input back through a JsonNode tree.
        var output = Encoding.UTF8.GetBytes(JsonNode.Parse(CarePlan)!.ToJsonString());

        output.ShouldBeValidFhir();
    }

    // Codings of the target scheme in "coding" arrays (REPLACE keeps each original in an extension's valueCoding,
    // which is not counted).
    private static int KernCodings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(member => member.Key == "coding" && member.Value is JsonArray codings
            ? codings.Count(c => c?["system"]?.GetValue<string>() == Kern) + codings.Sum(KernCodings)
            : KernCodings(member.Value)),
        JsonArray array => array.Sum(KernCodings),
        _ => 0,
    };
}
