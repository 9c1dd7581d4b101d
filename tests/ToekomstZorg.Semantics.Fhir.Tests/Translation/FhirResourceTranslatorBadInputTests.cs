using System.Text;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class FhirResourceTranslatorBadInputTests
{
    [Fact]
    public void Translate_InvalidJson_ReportsLineColumnAndByte()
    {
        const string json = "{\n  \"resourceType\": \"CarePlan\",\n  \"status\": \"active\"\n  \"intent\": \"plan\"\n}";

        var result = TranslationFixture.Translate(json);

        result.Succeeded.Should().BeFalse();
        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
        result.Error.Line.Should().Be(4);
        result.Error.Column.Should().Be(3);
        result.Error.ByteOffset.Should().Be(json.IndexOf("\"intent\"", StringComparison.Ordinal));
        result.Resource.IsEmpty.Should().BeTrue();
        AssertOutcome(result, "structure");
    }

    [Fact]
    public void Translate_InvalidJson_MessageDoesNotQuoteContent()
    {
        const string json = """{"resourceType":"CarePlan","note":[{"text":"Jan Peeters, geboren 1950"}], x}""";

        var result = TranslationFixture.Translate(json);

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
        result.Error.ToString().Should().NotContain("Peeters").And.NotContain("1950");
        Encoding.UTF8.GetString(result.ToOperationOutcomeJson()).Should().NotContain("Peeters");
    }

    [Fact]
    public void Translate_ColumnCountsCodePointsNotBytes()
    {
        const string json = "{\"resourceType\":\"Goal\",\"a\":\"ëëë\" ,,}";

        var result = TranslationFixture.Translate(json);

        result.Error!.Column.Should().Be(json.IndexOf(",,", StringComparison.Ordinal) + 2);
        result.Error.ByteOffset.Should().Be(Encoding.UTF8.GetByteCount(json[..(json.IndexOf(",,", StringComparison.Ordinal) + 1)]));
    }

    [Theory]
    [InlineData("""{"id":"x"}""", "no resourceType")]
    [InlineData("""{"resourceType":42}""", "no resourceType")]
    [InlineData("""{"resourceType":"Patient","id":"x"}""", "'Patient'")]
    [InlineData("""[{"resourceType":"CarePlan"}]""", "not a JSON object")]
    public void Translate_WrongOrMissingResourceType_NamesIt(string json, string expected)
    {
        var result = TranslationFixture.Translate(json);

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidResource);
        result.Error.Message.Should().Contain(expected);
        AssertOutcome(result, "invalid");
    }

    [Theory]
    [InlineData("CarePlan", true)]
    [InlineData("CareTeam", false)]
    [InlineData("Bundle", false)]
    public void Translate_ExpectedResourceType_OnlyThatTypeAccepted(string expected, bool accepted)
    {
        var result = TranslationFixture.Translator.Translate(Samples.Utf8(Samples.CarePlan), "kern", TranslationMode.Add, expected);

        result.Succeeded.Should().Be(accepted);
        if (!accepted)
        {
            result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidResource);
            result.Error.Message.Should().Contain("'CarePlan'").And.Contain(expected);
        }
    }

    [Fact]
    public void Translate_ResourceTypeThatIsNotATypeName_IsNotEchoed()
    {
        var result = TranslationFixture.Translate("""{"resourceType":"Jan Peeters"}""");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidResource);
        result.Error.Message.Should().NotContain("Peeters");
    }

    [Fact]
    public void Translate_ResourceTypeAbsentAndJsonBroken_ReportsTheSyntaxError()
    {
        var result = TranslationFixture.Translate("""{"id":"x","status":}""");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    [InlineData(10_000, false)]
    public void Translate_Nesting_RejectedBeyond64Levels(int extraLevels, bool accepted)
    {
        // The root object is level 1; each "x":[ adds one.
        var json = "{\"resourceType\":\"CarePlan\",\"x\":" + string.Concat(Enumerable.Repeat("[", extraLevels)) + string.Concat(Enumerable.Repeat("]", extraLevels)) + "}";

        var result = TranslationFixture.Translate(json);

        if (accepted)
        {
            result.Succeeded.Should().BeTrue();
        }
        else
        {
            result.Error!.Kind.Should().Be(FhirInputErrorKind.NestingTooDeep);
            result.Error.ByteOffset.Should().Be(json.IndexOf('[') + 63);
            AssertOutcome(result, "too-costly");
        }
    }

    [Fact]
    public void Translate_LargerThanLimit_TooLarge()
    {
        var translator = new FhirResourceTranslator(TranslationFixture.Fake, new FhirTranslationOptions { MaxResourceBytes = 100 });
        var json = Samples.Utf8(Samples.Goal);

        var result = translator.Translate(json, "kern");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.TooLarge);
        result.Error.Message.Should().Contain("100");
        result.Error.HttpStatus.Should().Be(413);
        AssertOutcome(result, "too-long");
    }

    [Fact]
    public async Task TranslateAsync_StreamLargerThanLimit_StopsReadingAndReportsTooLarge()
    {
        var translator = new FhirResourceTranslator(TranslationFixture.Fake, new FhirTranslationOptions { MaxResourceBytes = 1000 });
        using var stream = new MemoryStream(new byte[10_000_000]);

        var result = await translator.TranslateAsync(stream, "kern");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.TooLarge);
        stream.Position.Should().BeLessThan(100_000);
    }

    [Fact]
    public async Task TranslateAsync_Stream_SameAsSpan()
    {
        var json = Samples.Utf8(Samples.Bundle);
        using var stream = new MemoryStream(json);

        var result = await TranslationFixture.Translator.TranslateAsync(stream, "kern", TranslationMode.Replace);

        result.Resource.ToArray().Should().Equal(TranslationFixture.Translator.Translate(json, "kern", TranslationMode.Replace).Resource.ToArray());
    }

    [Fact]
    public async Task TranslateAsync_StreamInChunksOfEverySize_SameAsWhole()
    {
        var json = Samples.Utf8(Samples.CarePlan);
        var whole = TranslationFixture.Translator.Translate(json, "kern").Resource.ToArray();

        for (var chunk = 1; chunk <= 64; chunk++)
        {
            var result = await TranslationFixture.Translator.TranslateAsync(new TrickleStream(json, chunk), "kern");

            result.Resource.ToArray().Should().Equal(whole, "chunks of {0} bytes", chunk);
        }
    }

    [Fact]
    public async Task TranslateAsync_ExactlyAtTheLimit_Accepted()
    {
        var json = Samples.Utf8(Samples.Goal);
        var translator = new FhirResourceTranslator(TranslationFixture.Fake, new FhirTranslationOptions { MaxResourceBytes = json.Length });

        var atLimit = await translator.TranslateAsync(new TrickleStream(json, 7), "kern");
        var overLimit = await translator.TranslateAsync(new TrickleStream([.. json, (byte)' '], 7), "kern");

        atLimit.Succeeded.Should().BeTrue();
        overLimit.Error!.Kind.Should().Be(FhirInputErrorKind.TooLarge);
    }

    [Fact]
    public void Translate_UnknownTarget_ReportsUnknownTargetScheme()
    {
        var result = TranslationFixture.Translate(Samples.Goal, "tandzorg");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.UnknownTargetScheme);
        AssertOutcome(result, "not-found");
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' }, 1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)'}' }, 5)]
    public void Translate_InvalidUtf8_ReportsItsOffset(byte[] input, long offset)
    {
        var result = TranslationFixture.Translator.Translate(input, "kern");

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
        result.Error.Message.Should().Contain("UTF-8");
        result.Error.ByteOffset.Should().Be(offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"resourceType\":\"Goal\"} {}")]
    [InlineData("{\"resourceType\":\"Goal\",}")]
    [InlineData("{\"resourceType\":\"Goal\" /* c */}")]
    [InlineData("{\"resourceType\":\"Goal\",\"a\":\"\u0001\"}")]
    public void Translate_NotOneStrictJsonValue_InvalidJson(string json)
    {
        var result = TranslationFixture.Translate(json);

        result.Error!.Kind.Should().Be(FhirInputErrorKind.InvalidJson);
        result.Error.Line.Should().NotBeNull();
    }

    [Fact]
    public void Translate_Utf8Bom_IsAcceptedAndDropped()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Samples.Utf8(Samples.Goal)];

        var result = TranslationFixture.Translator.Translate(input, "kern");

        result.Succeeded.Should().BeTrue();
        result.Resource.Span[0].Should().Be((byte)'{');
    }

    private static void AssertOutcome(FhirTranslationResult result, string issueCode)
    {
        var outcome = result.ToOperationOutcomeJson();
        outcome.ShouldBeValidFhir();
        var issue = System.Text.Json.Nodes.JsonNode.Parse(outcome)!["issue"]!.AsArray().Single()!;
        issue["severity"]!.GetValue<string>().Should().Be("error");
        issue["code"]!.GetValue<string>().Should().Be(issueCode);
    }
}
