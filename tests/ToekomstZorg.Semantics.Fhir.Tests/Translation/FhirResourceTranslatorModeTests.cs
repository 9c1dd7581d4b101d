using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class FhirResourceTranslatorModeTests
{
    [Fact]
    public void Translate_Replace_SwapsCodingAndKeepsOriginalInExtension()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan, mode: TranslationMode.Replace);

        var coding = result.Tree()["category"]![0]!["coding"]!.AsArray().Single()!;
        coding["system"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Kern);
        coding["code"]!.GetValue<string>().Should().Be("zorgcoordinatie");
        var extension = coding["extension"]![0]!;
        extension["url"]!.GetValue<string>().Should().Be(FhirExtensionUrls.OriginalCoding);
        extension["valueCoding"]!["system"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Ggz);
        extension["valueCoding"]!["display"]!.GetValue<string>().Should().Be("zorgcoördinatie");
        result.Resource.ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_ReplaceWithTwoTargets_BothCarryTheOriginal()
    {
        var result = TranslationFixture.Translate(Samples.Goal, mode: TranslationMode.Replace);

        var codings = result.Tree()["description"]!["coding"]!.AsArray();
        codings.Select(c => c!["code"]!.GetValue<string>()).Should().Equal("herstel", "participatie");
        codings.Should().OnlyContain(c => c!["extension"]![0]!["valueCoding"]!["code"]!.GetValue<string>() == "herstel");
        result.Resource.ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_ReplaceUnmappedAndUnknown_LeavesThem()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan, mode: TranslationMode.Replace);

        var tree = result.Tree();
        tree["activity"]![1]!["outcomeCodeableConcept"]![0].Codes().Should().Equal("ggz|crisisbed");
        tree["activity"]![1]!["detail"]!["code"].Codes().Should().Equal("sct|229065009");
    }

    [Theory]
    [InlineData(TranslationMode.Add)]
    [InlineData(TranslationMode.Replace)]
    public void Translate_Twice_SecondRunChangesNothing(TranslationMode mode)
    {
        var once = TranslationFixture.Translate(Samples.CarePlan, mode: mode);

        var twice = TranslationFixture.Translator.Translate(once.Resource.Span, "kern", mode);

        twice.Resource.ToArray().Should().Equal(once.Resource.ToArray());
        twice.WrittenCodings.Should().Be(0);
    }

    [Fact]
    public void Translate_AddWhenTargetAlreadyPresent_DoesNotDuplicate()
    {
        const string json = """{"resourceType":"Goal","lifecycleStatus":"active","subject":{"reference":"Patient/1"},"description":{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"zorgcoordinatie"},{"system":"https://w3id.org/toekomstzorg/kern","code":"zorgcoordinatie"}]}}""";

        var result = TranslationFixture.Translate(json);

        result.Resource.ToArray().Should().Equal(Samples.Utf8(json));
        result.Codings[0].Targets.Single().Written.Should().BeFalse();
    }

    [Theory]
    [InlineData(TranslationMode.Add)]
    [InlineData(TranslationMode.Replace)]
    public void Translate_Samples_OutputMinusWrittenCodingsEqualsInput(TranslationMode mode)
    {
        foreach (var sample in new[] { Samples.CarePlan, Samples.CareTeam, Samples.Goal, Samples.Bundle })
        {
            foreach (var target in new[] { FakeCodingTranslator.Kern, FakeCodingTranslator.Ggz })
            {
                var input = Samples.Utf8(sample);

                var result = TranslationFixture.Translator.Translate(input, target, mode);

                OutputMinusAddedCodings.ShouldEqualInput(input, result.Resource, target, mode, TranslationFixture.Fake);
            }
        }
    }

    [Fact]
    public void Translate_Add_KeepsEveryByteOutsideTheInsertions()
    {
        var input = Samples.Utf8(Samples.CarePlan);

        var output = TranslationFixture.Translator.Translate(input, "kern").Resource.ToArray();

        // Remove each inserted run (",<ws>{...userSelected":false}") and the input comes back byte for byte.
        var text = System.Text.Encoding.UTF8.GetString(output);
        var stripped = System.Text.RegularExpressions.Regex.Replace(text, @",\s*\{""system"":""https://w3id.org/toekomstzorg/kern""[^{}]*""userSelected"":false\}", string.Empty);
        stripped.Should().Be(Samples.CarePlan);
        text.Should().Contain("\"valueDecimal\": 1.50").And.Contain("\\u00e9\\u00e9n").And.Contain("A\\\"1\\\\2\\u0001");
        JsonNode.Parse(output)!["activity"]![1]!["detail"]!["dailyAmount"]!["value"]!.ToJsonString().Should().Be("2.500");
    }
}
