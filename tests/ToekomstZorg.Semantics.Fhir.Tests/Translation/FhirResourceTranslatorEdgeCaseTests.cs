using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class FhirResourceTranslatorEdgeCaseTests
{
    private const string Ggz = "https://w3id.org/toekomstzorg/ggz";

    [Fact]
    public void Translate_EscapedPropertyNames_AreRecognised()
    {
        var json = $$$"""{"resourceType":"Goal","description":{"co\u0064ing":[{"sys\u0074em":"{{{Ggz}}}","code":"herstel"}]}}""";

        var result = TranslationFixture.Translate(json);

        result.Codings.Single().Status.Should().Be(CodingReportStatus.Translated);
        result.Codings.Single().Expression.Should().Be("Goal.description.coding[0]");
        result.WrittenCodings.Should().Be(2);
    }

    [Theory]
    [InlineData("""{"resourceType":"Goal","description":{"coding":[]}}""")]
    [InlineData("""{"resourceType":"Goal","description":{"coding":[1,"x",null,[]]}}""")]
    [InlineData("""{"resourceType":"Goal","description":{"coding":{"system":"https://w3id.org/toekomstzorg/ggz","code":"herstel"}}}""")]
    [InlineData("""{"resourceType":"Goal","description":{"coding":"herstel"}}""")]
    public void Translate_CodingThatIsNotAnArrayOfObjects_LeftAsItIs(string json)
    {
        var result = TranslationFixture.Translate(json);

        result.Succeeded.Should().BeTrue();
        result.Codings.Should().BeEmpty();
        result.Resource.ToArray().Should().Equal(Samples.Utf8(json));
    }

    [Fact]
    public void Translate_CodingWithoutSystemOrCode_ReportedIncomplete()
    {
        var json = $$$"""{"resourceType":"Goal","description":{"coding":[{"code":"herstel"},{"system":"{{{Ggz}}}"},{"system":"{{{Ggz}}}","code":7}]}}""";

        var result = TranslationFixture.Translate(json);

        result.Codings.Select(c => c.Status).Should().Equal(CodingReportStatus.Incomplete, CodingReportStatus.Incomplete, CodingReportStatus.Incomplete);
        result.Resource.ToArray().Should().Equal(Samples.Utf8(json));
    }

    [Fact]
    public void Translate_ReplaceCodingWithTranslatableCodingInItsExtension_KeepsTheNestedOneVerbatim()
    {
        var nested = $$$"""{"url":"https://example.org/x","valueCodeableConcept":{"coding":[{"system":"{{{Ggz}}}","code":"zorgcoordinatie"}]}}""";
        var json = $$$"""{"resourceType":"Goal","description":{"coding":[{"extension":[{{{nested}}}],"system":"{{{Ggz}}}","code":"dubbeldiagnose"}]}}""";

        var result = TranslationFixture.Translate(json, mode: TranslationMode.Replace);

        result.Codings.Should().ContainSingle().Which.Expression.Should().Be("Goal.description.coding[0]");
        var original = result.Tree()["description"]!["coding"]![0]!["extension"]![0]!["valueCoding"]!;
        original["extension"]![0]!.ToJsonString().Should().Be(nested);
    }

    [Fact]
    public void Translate_AddCodingWithTranslatableCodingInItsExtension_TranslatesBoth()
    {
        var json = $$$"""{"resourceType":"Goal","description":{"coding":[{"extension":[{"url":"https://example.org/x","valueCodeableConcept":{"coding":[{"system":"{{{Ggz}}}","code":"zorgcoordinatie"}]}}],"system":"{{{Ggz}}}","code":"dubbeldiagnose"}]}}""";

        var result = TranslationFixture.Translate(json);

        result.Codings.Select(c => c.Expression).Should().Equal(
            "Goal.description.coding[0].extension[0].value.ofType(CodeableConcept).coding[0]",
            "Goal.description.coding[0]");
        result.WrittenCodings.Should().Be(2);
        OutputMinusAddedCodings.ShouldEqualInput(Samples.Utf8(json), result.Resource, FakeCodingTranslator.Kern, TranslationMode.Add, TranslationFixture.Fake);
    }

    [Fact]
    public void Translate_CodeableConceptInPrimitiveExtension_PathNamesThePrimitive()
    {
        var json = $$$"""{"resourceType":"CarePlan","_status":{"extension":[{"url":"https://example.org/reason","valueCodeableConcept":{"coding":[{"system":"{{{Ggz}}}","code":"herstel"}]}}]},"status":"active"}""";

        var result = TranslationFixture.Translate(json);

        result.Codings.Single().Expression.Should().Be("CarePlan.status.extension[0].value.ofType(CodeableConcept).coding[0]");
        result.WrittenCodings.Should().Be(2);
    }

    [Fact]
    public void Translate_Concurrently_SameResultsAsSequentially()
    {
        var inputs = new[] { Samples.CarePlan, Samples.CareTeam, Samples.Goal, Samples.Bundle }.Select(Samples.Utf8).ToArray();
        var translator = new FhirResourceTranslator(TranslationFixture.Fake);
        var expected = inputs.Select(i => TranslationFixture.Translator.Translate(i, "kern").Resource.ToArray()).ToArray();

        var results = new byte[400][];
        Parallel.For(0, results.Length, i => results[i] = translator.Translate(inputs[i % inputs.Length], "kern").Resource.ToArray());

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Equal(expected[i % inputs.Length]);
        }
    }

    [Fact]
    public void Translate_WhitespaceAroundElements_ReusedForAddedCodings()
    {
        var json = $"{{\"resourceType\":\"Goal\",\"description\":{{\"coding\":[\n    {{\"system\":\"{Ggz}\",\"code\":\"zorgcoordinatie\"}}\n  ]}}}}";

        var result = TranslationFixture.Translate(json);

        System.Text.Encoding.UTF8.GetString(result.Resource.Span).Should().Contain("\"code\":\"zorgcoordinatie\"},\n    {\"system\":\"https://w3id.org/toekomstzorg/kern\"");
    }
}
