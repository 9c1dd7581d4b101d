using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class FhirResourceTranslatorBundleTests
{
    [Fact]
    public void Translate_BundleOfCarePlanCareTeamGoal_TranslatesEveryEntryWithEntryPaths()
    {
        var result = TranslationFixture.Translate(Samples.Bundle);

        result.ResourceType.Should().Be("Bundle");
        var tree = result.Tree();
        tree["entry"]![0]!["resource"]!["category"]![0].Codes().Should().Contain("kern|zorgcoordinatie");
        tree["entry"]![0]!["resource"]!["contained"]![0]!["description"].Codes().Should().Contain("kern|zorgcoordinatie");
        tree["entry"]![1]!["resource"]!["participant"]![0]!["role"]![0].Codes().Should().Contain("kern|zorgcoordinatie");
        tree["entry"]![2]!["resource"]!["description"].Codes().Should().Contain("kern|herstel");
        result.Codings.Select(c => c.Expression).Should().Contain(
        [
            "Bundle.entry[0].resource.ofType(CarePlan).category[0].coding[0]",
            "Bundle.entry[0].resource.ofType(CarePlan).contained[0].ofType(Goal).description.coding[0]",
            "Bundle.entry[1].resource.ofType(CareTeam).participant[0].role[0].coding[0]",
            "Bundle.entry[2].resource.ofType(Goal).description.coding[0]",
        ]);
        result.Resource.ShouldBeValidFhir();
        result.ToOperationOutcomeJson().ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_BundleReplace_IsValidFhir()
    {
        var result = TranslationFixture.Translate(Samples.Bundle, "ggz", TranslationMode.Replace);

        result.Succeeded.Should().BeTrue();
        result.Resource.ShouldBeValidFhir();
        result.ToOperationOutcomeJson().ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_EntryResourceTypeNotFirst_StillNamesTheType()
    {
        const string json = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"id":"x","description":{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"herstel"}]},"resourceType":"Goal","lifecycleStatus":"active","subject":{"reference":"Patient/1"}}}]}""";

        var result = TranslationFixture.Translate(json);

        result.Codings[0].Expression.Should().Be("Bundle.entry[0].resource.ofType(Goal).description.coding[0]");
    }

    [Fact]
    public void Translate_SyntheaExamples_LeavesEverySnomedCodingAndReportsItAsInformation()
    {
        foreach (var file in RepositoryPaths.FhirExamples)
        {
            var input = File.ReadAllBytes(file);

            var result = TranslationFixture.Translator.Translate(input, "kern");

            result.Succeeded.Should().BeTrue(Path.GetFileName(file));
            result.Resource.ToArray().Should().Equal(input, "no coding of {0} is in the vocabulary", Path.GetFileName(file));
            result.Codings.Should().NotBeEmpty().And.OnlyContain(c => c.Status == CodingReportStatus.UnknownSystem);
            result.Resource.ShouldBeValidFhir();
            result.ToOperationOutcomeJson().ShouldBeValidFhir();
        }
    }
}
