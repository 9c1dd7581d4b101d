using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class FhirResourceTranslatorRobustnessTests
{
    [Theory]
    [InlineData("display")]
    [InlineData("code")]
    [InlineData("system")]
    [InlineData("text")]
    public void Translate_LoneSurrogateEscape_IsAnInputErrorNotACrash(string member)
    {
        var json = $$$"""{"resourceType":"Goal","description":{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"herstel","{{{member}}}":"a\ud800b"}]}}""";

        var result = TranslationFixture.Translate(json);

        if (member == "text")
        {
            // Never decoded: copied through as it was.
            result.Succeeded.Should().BeTrue();
        }
        else
        {
            result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
            result.Error.Line.Should().Be(1);
            result.Error.ByteOffset.Should().Be(json.IndexOf("a\\ud800", StringComparison.Ordinal) - 1);
        }
    }

    [Fact]
    public void Translate_LoneSurrogateInEscapedPropertyName_IsAnInputError()
    {
        var result = TranslationFixture.Translate("""{"resourceType":"Goal","\udc00x":1}""");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
    }

    [Property(MaxTest = 500)]
    public Property Translate_MutatedResource_NeverThrowsAndErrorsArePositionedInTheInput() =>
        Prop.ForAll(Arb.From(Mutations()), bytes =>
        {
            var result = TranslationFixture.Translator.Translate(bytes, "kern", bytes.Length % 2 == 0 ? TranslationMode.Add : TranslationMode.Replace);

            if (result.Error is { ByteOffset: { } offset })
            {
                offset.Should().BeInRange(0, bytes.Length);
                result.Error.Line.Should().BeGreaterThan(0);
            }

            result.ToOperationOutcomeJson().Should().NotBeEmpty();
        });

    private static Gen<byte[]> Mutations()
    {
        var sample = Samples.Utf8(Samples.Bundle);
        return from position in Gen.Choose(0, sample.Length - 1)
               from kind in Gen.Choose(0, 3)
               from value in Gen.Elements((byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)'\\', (byte)',', (byte)':', (byte)'u', (byte)'0', (byte)' ', (byte)0xC3, (byte)0xFF)
               from length in Gen.Choose(1, 40)
               select kind switch
               {
                   0 => [.. sample[..position], value, .. sample[(position + 1)..]],
                   1 => [.. sample[..position], .. sample[Math.Min(sample.Length, position + length)..]],
                   2 => [.. sample[..position], value, .. sample[position..]],
                   _ => sample[..position],
               };
    }
}
