using FsCheck.Xunit;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class PreservationPropertyTests
{
    private static readonly string[] Targets = [FakeCodingTranslator.Kern, FakeCodingTranslator.Ggz, FakeCodingTranslator.Vaph];

    [Property(Arbitrary = [typeof(FhirResourceArbitraries)], MaxTest = 150)]
    public void Translate_GeneratedResource_OutputMinusWrittenCodingsEqualsInputAndIsValidFhir(GeneratedResource resource, bool replace, byte targetChoice)
    {
        var input = resource.Utf8();
        var target = Targets[targetChoice % Targets.Length];
        var mode = replace ? TranslationMode.Replace : TranslationMode.Add;

        var result = TranslationFixture.Translator.Translate(input, target, mode);

        result.Succeeded.Should().BeTrue(result.Error?.ToString());
        OutputMinusAddedCodings.ShouldEqualInput(input, result.Resource, target, mode, TranslationFixture.Fake);
        result.Resource.ShouldBeValidFhir();
        result.ToOperationOutcomeJson().ShouldBeValidFhir();
    }

    [Property(Arbitrary = [typeof(FhirResourceArbitraries.Wild)], MaxTest = 300)]
    public void Translate_GeneratedResourceWithUnknownElements_OutputMinusWrittenCodingsEqualsInput(GeneratedResource resource, bool replace, byte targetChoice)
    {
        var input = resource.Utf8();
        var target = Targets[targetChoice % Targets.Length];
        var mode = replace ? TranslationMode.Replace : TranslationMode.Add;

        var result = TranslationFixture.Translator.Translate(input, target, mode);

        result.Succeeded.Should().BeTrue(result.Error?.ToString());
        OutputMinusAddedCodings.ShouldEqualInput(input, result.Resource, target, mode, TranslationFixture.Fake);
    }

    [Property(Arbitrary = [typeof(FhirResourceArbitraries)], MaxTest = 100)]
    public void Translate_GeneratedResourceTwice_IsIdempotent(GeneratedResource resource, bool replace)
    {
        var mode = replace ? TranslationMode.Replace : TranslationMode.Add;
        var once = TranslationFixture.Translator.Translate(resource.Utf8(), "kern", mode);

        var twice = TranslationFixture.Translator.Translate(once.Resource.Span, "kern", mode);

        twice.Resource.ToArray().Should().Equal(once.Resource.ToArray());
    }

    [Fact]
    public void Generators_ProduceResourcesWorthTesting()
    {
        // The properties above only mean something if generated resources do get translated, in every way.
        var samples = FsCheck.Fluent.Gen.Sample(FhirResourceArbitraries.Resource(wild: true), 30, 200);

        var reports = samples.SelectMany(s => TranslationFixture.Translator.Translate(s.Utf8(), "kern").Codings).ToArray();

        reports.Select(r => r.Status).Distinct().Should().Contain(
        [
            CodingReportStatus.Translated, CodingReportStatus.AlreadyInTarget, CodingReportStatus.Unmapped,
            CodingReportStatus.UnknownCode, CodingReportStatus.UnknownSystem, CodingReportStatus.Incomplete,
        ]);
        reports.Should().Contain(r => r.Expression.Contains(".ofType(", StringComparison.Ordinal));
        reports.Count(r => r.Status == CodingReportStatus.Translated).Should().BeGreaterThan(40);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Translate_ConformanceExample_OutputMinusWrittenCodingsEqualsInput(string file, string target, TranslationMode mode)
    {
        var input = File.ReadAllBytes(RepositoryPaths.Shared("conformance", "fhir-r4", "examples", file));

        var result = TranslationFixture.Translator.Translate(input, target, mode);

        OutputMinusAddedCodings.ShouldEqualInput(input, result.Resource, target, mode, TranslationFixture.Fake);
        result.Resource.ShouldBeValidFhir();
    }

    public static TheoryData<string, string, TranslationMode> Examples()
    {
        var data = new TheoryData<string, string, TranslationMode>();
        foreach (var file in RepositoryPaths.FhirExamples)
        {
            data.Add(Path.GetFileName(file), FakeCodingTranslator.Kern, TranslationMode.Add);
            data.Add(Path.GetFileName(file), FakeCodingTranslator.Ggz, TranslationMode.Replace);
        }

        return data;
    }
}
