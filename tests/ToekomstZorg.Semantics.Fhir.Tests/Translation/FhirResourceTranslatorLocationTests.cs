using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class FhirResourceTranslatorLocationTests
{
    [Fact]
    public void Translate_CarePlanCategory_AppendsKernCodingWithDisplay()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Succeeded.Should().BeTrue();
        var category = result.Tree()["category"]![0]!;
        category.Codes().Should().Equal("ggz|zorgcoordinatie", "kern|zorgcoordinatie");
        category["coding"]![1]!["display"]!.GetValue<string>().Should().Be("zorgcoördinatie");
        category["coding"]![1]!["userSelected"]!.GetValue<bool>().Should().BeFalse();
        result.At("CarePlan.category[0].coding[0]").Equivalence.Should().Be(Equivalence.Equivalent);
        result.Resource.ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_ActivityDetailCodeAndReasonCode_AppendsTargets()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        var detail = result.Tree()["activity"]![0]!["detail"]!;
        detail["code"].Codes().Should().Equal("ggz|mdo-psy", "kern|mdo");
        detail["reasonCode"]![0].Codes().Should().Equal("ggz|dubbeldiagnose", "kern|dubbeldiagnose");
        result.At("CarePlan.activity[0].detail.code.coding[0]").Equivalence.Should().Be(Equivalence.Wider);
        result.At("CarePlan.activity[0].detail.reasonCode[0].coding[0]").IsLossy.Should().BeTrue();
    }

    [Fact]
    public void Translate_OutcomeCodeableConceptWithoutMapping_LeavesItAndReportsUnmapped()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Tree()["activity"]![1]!["outcomeCodeableConcept"]![0].Codes().Should().Equal("ggz|crisisbed");
        var report = result.At("CarePlan.activity[1].outcomeCodeableConcept[0].coding[0]");
        report.Status.Should().Be(CodingReportStatus.Unmapped);
        report.Equivalence.Should().Be(Equivalence.Unmatched);
    }

    [Fact]
    public void Translate_ExtensionValueCodeableConcept_TranslatesWithChoicePath()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Tree()["extension"]![0]!["valueCodeableConcept"].Codes().Should().Equal("ggz|herstel", "kern|herstel", "kern|participatie");
        var report = result.At("CarePlan.extension[0].value.ofType(CodeableConcept).coding[0]");
        report.Targets.Select(t => t.Equivalence).Should().Equal(Equivalence.Equivalent, Equivalence.RelatedTo);
        report.IsReportable.Should().BeTrue("one of the two targets is only related");
    }

    [Fact]
    public void Translate_ContainedGoalDescription_TranslatesWithOfTypePath()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Tree()["contained"]![0]!["description"].Codes().Should().Equal("ouderenzorg|casemanagement", "kern|zorgcoordinatie");
        result.At("CarePlan.contained[0].ofType(Goal).description.coding[0]").Equivalence.Should().Be(Equivalence.Inexact);
    }

    [Fact]
    public void Translate_CareTeamCategoryRoleAndReason_TranslatesEach()
    {
        var result = TranslationFixture.Translate(Samples.CareTeam);

        var tree = result.Tree();
        tree["category"]![0].Codes().Should().Equal("vaph|zorgcoordinatie", "kern|zorgcoordinatie");
        tree["participant"]![0]!["role"]![0].Codes().Should().Equal("ouderenzorg|casemanagement", "kern|zorgcoordinatie");
        tree["reasonCode"]![0].Codes().Should().Equal("vaph|dubbeldiagnose", "kern|dubbeldiagnose");
        result.At("CareTeam.participant[0].role[0].coding[0]").SourceDisplay.Should().Be("casemanager");
        result.Resource.ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_GoalDescription_Translates()
    {
        var result = TranslationFixture.Translate(Samples.Goal);

        result.Tree()["description"].Codes().Should().Equal("ggz|herstel", "kern|herstel", "kern|participatie");
        result.Resource.ShouldBeValidFhir();
    }

    [Fact]
    public void Translate_UnknownSystem_LeavesCodingAndReportsInformation()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Tree()["activity"]![1]!["detail"]!["code"].Codes().Should().Equal("sct|229065009");
        var report = result.At("CarePlan.activity[1].detail.code.coding[0]");
        report.Status.Should().Be(CodingReportStatus.UnknownSystem);
        report.SourceDisplay.Should().Be("Exercise therapy");
    }

    [Fact]
    public void Translate_UnknownCodeAndCodingAlreadyInTarget_LeftAsTheyAre()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Tree()["activity"]![2]!["detail"]!["code"].Codes().Should().Equal("ggz|bestaat-niet", "kern|herstel");
        result.At("CarePlan.activity[2].detail.code.coding[0]").Status.Should().Be(CodingReportStatus.UnknownCode);
        result.At("CarePlan.activity[2].detail.code.coding[1]").Status.Should().Be(CodingReportStatus.AlreadyInTarget);
    }

    [Fact]
    public void Translate_EveryCoding_HasExactlyOneReportInDocumentOrder()
    {
        var result = TranslationFixture.Translate(Samples.CarePlan);

        result.Codings.Select(c => c.Expression).Should().Equal(
            "CarePlan.contained[0].ofType(Goal).description.coding[0]",
            "CarePlan.extension[0].value.ofType(CodeableConcept).coding[0]",
            "CarePlan.category[0].coding[0]",
            "CarePlan.activity[0].detail.code.coding[0]",
            "CarePlan.activity[0].detail.reasonCode[0].coding[0]",
            "CarePlan.activity[1].outcomeCodeableConcept[0].coding[0]",
            "CarePlan.activity[1].detail.code.coding[0]",
            "CarePlan.activity[2].detail.code.coding[0]",
            "CarePlan.activity[2].detail.code.coding[1]");
        result.WrittenCodings.Should().Be(6, "casemanagement, herstel (2), zorgcoordinatie, mdo-psy and dubbeldiagnose were written");
    }

    [Fact]
    public void Translate_TargetAsSystemUri_SameAsKey()
    {
        var byKey = TranslationFixture.Translate(Samples.CarePlan, "kern");
        var byUri = TranslationFixture.Translate(Samples.CarePlan, FakeCodingTranslator.Kern);

        byUri.Resource.ToArray().Should().Equal(byKey.Resource.ToArray());
        byUri.TargetSystem.Should().Be(FakeCodingTranslator.Kern);
    }

    [Fact]
    public void Translate_SectorToSectorFalseFriend_ReportsWarning()
    {
        var result = TranslationFixture.Translate(Samples.CareTeam, "ggz");

        var report = result.At("CareTeam.reasonCode[0].coding[0]");
        report.HasFalseFriend.Should().BeTrue();
        report.Warnings.Should().Contain(w => w.Contains("false friend"));
        result.Tree()["reasonCode"]![0].Codes().Should().Equal("vaph|dubbeldiagnose", "ggz|dubbeldiagnose");
    }
}
