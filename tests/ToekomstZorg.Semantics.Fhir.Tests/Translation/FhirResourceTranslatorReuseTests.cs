using System.Text;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

/// <summary>
/// A translation reuses its thread's working state (the walk's lists and buffers, the OperationOutcome buffer): one
/// translation must not leak into the next, whatever ran before on the thread, and a result stays as it was.
/// </summary>
public sealed class FhirResourceTranslatorReuseTests
{
    [Theory]
    [InlineData(TranslationMode.Add)]
    [InlineData(TranslationMode.Replace)]
    public void Translate_AfterOtherTranslationsOnTheThread_SameResultAsTheFirstTime(TranslationMode mode)
    {
        var first = TranslationFixture.Translate(Samples.CarePlan, mode: mode);
        var firstResource = first.Resource.ToArray();
        var firstOutcome = first.ToOperationOutcomeJson();

        TranslationFixture.Translate(Samples.Bundle, mode: mode).ToOperationOutcomeJson();
        TranslationFixture.Translate("{\"resourceType\":\"CarePlan\",\"status\":", mode: mode).ToOperationOutcomeJson();
        TranslationFixture.Translate(Samples.CareTeam, mode: TranslationMode.Replace).ToOperationOutcomeJsonString();
        var again = TranslationFixture.Translate(Samples.CarePlan, mode: mode);

        again.Resource.ToArray().Should().Equal(firstResource);
        again.ToOperationOutcomeJson().Should().Equal(firstOutcome);
        again.Codings.Select(c => (c.Expression, c.Status, c.Line, c.Column)).Should().Equal(first.Codings.Select(c => (c.Expression, c.Status, c.Line, c.Column)));
        first.Resource.ToArray().Should().Equal(firstResource, "a result keeps its own bytes");
    }

    [Fact]
    public void ToOperationOutcomeJsonString_TheCharactersOfTheUtf8Json()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.ToOperationOutcomeJsonString().Should().Be(Encoding.UTF8.GetString(result.ToOperationOutcomeJson()));
        result.ToOperationOutcomeJsonString().Should().Be(Encoding.UTF8.GetString(result.ToOperationOutcomeJson()), "twice in a row");
    }

    [Fact]
    public void ToOperationOutcomeJson_LargerThanTheReusedBuffer_WholeAndValidAndSmallOneAfterIt()
    {
        // 400 unmapped codings: an outcome of several hundred KB, far past the reused buffer's first size.
        var codings = string.Join(",", Enumerable.Range(0, 400).Select(i => $$"""{"system":"https://w3id.org/toekomstzorg/ggz","code":"onbekend-{{i}}"}"""));
        var large = TranslationFixture.Translate($$"""{"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/1"},"category":[{"coding":[{{codings}}]}]}""");
        var small = TranslationFixture.Translate(Samples.CarePlan);

        var outcome = large.ToOperationOutcomeJson();
        var smallOutcome = small.ToOperationOutcomeJson();

        outcome.ShouldBeValidFhir();
        System.Text.Json.JsonDocument.Parse(outcome).RootElement.GetProperty("issue").GetArrayLength().Should().Be(400);
        large.ToOperationOutcomeJsonString().Should().Be(Encoding.UTF8.GetString(outcome));
        smallOutcome.ShouldBeValidFhir();
        Encoding.UTF8.GetString(smallOutcome).Should().NotContain("onbekend-");
    }
}
