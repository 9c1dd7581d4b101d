using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Specification.Terminology;
using ToekomstZorg.Semantics.Fhir.Terminology;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Fhir.Tests.Terminology;

/// <summary>
/// <see cref="VocabularyTerminologyService"/> over the repository's <c>vocab/</c>: called directly as Firely's
/// <see cref="ITerminologyService"/>, and inside Firely's validator, where a profile binds CarePlan.category (required)
/// to the ggz ValueSet.
/// </summary>
public sealed class VocabularyTerminologyServiceTests
{
    private const string Ggz = "https://w3id.org/toekomstzorg/ggz";
    private const string GgzValueSet = "https://w3id.org/toekomstzorg/fhir/ValueSet/ggz";

    private static readonly Lazy<ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot> Snapshot =
        new(() => VocabularyLoader.LoadDirectory(Path.Combine(RepositoryPaths.Root, "vocab")).Snapshot);

    // A profile that binds CarePlan.category (required) to the ggz ValueSet.
    private static readonly StructureDefinition GgzCarePlan = FirelyValidator.CarePlanCategoryBoundTo(GgzValueSet);

    private static VocabularyTerminologyService Service => new(Snapshot.Value);

    [Fact]
    public void Validate_ProfileBindingCategoryToGgz_AcceptsGgzCode()
    {
        var validator = FirelyValidator.Create(Service, GgzCarePlan);

        var outcome = FirelyValidator.Validate(validator, CarePlan(Ggz, "dubbeldiagnose"), GgzCarePlan.Url);

        outcome.ShouldHaveNoProblems(CarePlan(Ggz, "dubbeldiagnose"));
    }

    [Fact]
    public void Validate_ProfileBindingCategoryToGgz_RejectsUnknownCodeNamingIt()
    {
        var validator = FirelyValidator.Create(Service, GgzCarePlan);

        var outcome = FirelyValidator.Validate(validator, CarePlan(Ggz, "geen-ggz-code"), GgzCarePlan.Url);

        outcome.Issue.Where(i => i.Severity == OperationOutcome.IssueSeverity.Error).Select(FirelyValidator.Text)
            .Should().Contain(text => text.Contains("geen-ggz-code"));
    }

    [Fact]
    public void Validate_ProfileBindingCategoryToGgz_RejectsKernCode()
    {
        var validator = FirelyValidator.Create(Service, GgzCarePlan);

        var outcome = FirelyValidator.Validate(validator, CarePlan("https://w3id.org/toekomstzorg/kern", "dubbeldiagnose"), GgzCarePlan.Url);

        outcome.Issue.Should().Contain(i => i.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task ValueSetValidateCode_UnknownValueSet_Throws404SoTheChainFallsThrough()
    {
        var parameters = new ValidateCodeParameters().WithValueSet(url: "http://hl7.org/fhir/ValueSet/care-plan-category").WithCode("734163000", "http://snomed.info/sct");

        var act = () => Service.ValueSetValidateCode(parameters);

        (await act.Should().ThrowAsync<FhirOperationException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async System.Threading.Tasks.Task ValueSetValidateCode_WrongDisplay_FalseWithPreferredDisplay()
    {
        var parameters = new ValidateCodeParameters().WithValueSet(url: GgzValueSet).WithCode("dubbeldiagnose", Ggz, display: "iets anders");

        var answer = await Service.ValueSetValidateCode(parameters);

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeFalse();
        answer.GetSingleValue<FhirString>("message")!.Value.Should().Contain("iets anders");
        answer.GetSingleValue<FhirString>("display")!.Value.Should().Be(Snapshot.Value.Schemes.Single(s => s.Key == "ggz").Concepts.Single(c => c.Code == "dubbeldiagnose").Display("nl"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Lookup_GgzCode_DisplayAndStatus()
    {
        var answer = await Service.Lookup(new LookupParameters().WithCode(system: Ggz, code: "dubbeldiagnose"));

        answer.GetSingleValue<FhirString>("display")!.Value.Should().NotBeNullOrEmpty();
        answer.Parameter.Where(p => p.Name == "property").Select(p => p.Part.Single(x => x.Name == "code").Value!.ToString()).Should().Contain("status");
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_Filter_OnlyMatchingConcepts()
    {
        var all = (ValueSet)await Service.Expand(new ExpandParameters().WithValueSet(url: GgzValueSet));
        var filtered = (ValueSet)await Service.Expand(new ExpandParameters().WithValueSet(url: GgzValueSet).WithFilter("dubbel"));

        all.Expansion!.Contains.Should().HaveCount(Snapshot.Value.Schemes.Single(s => s.Key == "ggz").Concepts.Count);
        filtered.Expansion!.Contains.Select(c => c.Code).Should().Contain("dubbeldiagnose").And.HaveCountLessThan(all.Expansion.Contains.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_FirelyTargetSystemParameter_TranslatesIntoThatSystemOnly()
    {
        var parameters = new TranslateParameters().WithCoding(new Coding(Ggz, "dubbeldiagnose")).WithTarget(target: null, targetSystem: "https://w3id.org/toekomstzorg/kern");

        var answer = await Service.Translate(parameters);

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        answer.Parameter.Where(p => p.Name == "match").Select(p => ((Coding)p.Part.Single(x => x.Name == "concept").Value!).System)
            .Should().OnlyContain(s => s == "https://w3id.org/toekomstzorg/kern");
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_UnknownTargetSystem_Throws404()
    {
        var parameters = new TranslateParameters().WithCoding(new Coding(Ggz, "dubbeldiagnose")).WithTarget(target: null, targetSystem: "https://example.org/nope");

        var act = () => Service.Translate(parameters);

        (await act.Should().ThrowAsync<FhirOperationException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async System.Threading.Tasks.Task Subsumes_ConceptAndItself_Equivalent()
    {
        var parameters = new SubsumesParameters().WithCode("dubbeldiagnose", "dubbeldiagnose", Ggz);

        var answer = await Service.Subsumes(parameters);

        answer.GetSingleValue<Code>("outcome")!.Value.Should().Be("equivalent");
    }

    [Fact]
    public async System.Threading.Tasks.Task ValueSetValidateCode_HiddenLabelAsDisplay_FalseAsTheSnapshotSays()
    {
        // eerstelijn:zorgcoordinatie has the hidden label "zorgcoordinatie" (a spelling for search, never a display).
        var parameters = new ValidateCodeParameters().WithValueSet(url: "https://w3id.org/toekomstzorg/fhir/ValueSet/eerstelijn")
            .WithCode("zorgcoordinatie", "https://w3id.org/toekomstzorg/eerstelijn", display: "ZORGCOORDINATIE");

        var answer = await Service.ValueSetValidateCode(parameters);

        var eerstelijn = Snapshot.Value.Schemes.Single(s => s.Key == "eerstelijn");
        var expected = Snapshot.Value.ValidateCode(eerstelijn, "zorgcoordinatie", "ZORGCOORDINATIE", ["nl"]);
        expected.IsValid.Should().BeFalse();
        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeFalse();
        answer.GetSingleValue<FhirString>("message")!.Value.Should().Be(expected.Message);
        answer.GetSingleValue<FhirString>("display")!.Value.Should().Be(expected.Display);
    }

    [Fact]
    public async System.Threading.Tasks.Task ValueSetValidateCode_AlternativeLabelOtherCase_True()
    {
        var parameters = new ValidateCodeParameters().WithValueSet(url: "https://w3id.org/toekomstzorg/fhir/ValueSet/eerstelijn")
            .WithCode("zorgcoordinatie", "https://w3id.org/toekomstzorg/eerstelijn", display: "zoco");

        var answer = await Service.ValueSetValidateCode(parameters);

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        answer.GetSingleValue<FhirString>("display")!.Value.Should().Be("zorgcoördinatie");
    }

    [Fact]
    public async System.Threading.Tasks.Task CodeSystemValidateCode_DeprecatedConcept_ValidWithTheSnapshotsDeprecationNotice()
    {
        using var files = new TurtleVocabulary();
        files.Write("replaced.ttl", "ggz:mdo dct:isReplacedBy ggz:zorgcoordinatie .");
        var snapshot = VocabularyLoader.LoadDirectory(files.Directory).Snapshot;
        var service = new VocabularyTerminologyService(snapshot);

        var answer = await service.CodeSystemValidateCode(new ValidateCodeParameters().WithCode("mdo", Ggz));

        snapshot.TryGetConcept("ggz", "mdo", out var mdo).Should().BeTrue();
        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        answer.GetSingleValue<FhirString>("message")!.Value.Should().Be(snapshot.DeprecationNotice(mdo!))
            .And.Contain("https://w3id.org/toekomstzorg/ggz|zorgcoordinatie");
    }

    [Theory]
    [InlineData("https://w3id.org/toekomstzorg/ggz", null)]
    [InlineData("https://w3id.org/toekomstzorg/ggz?vs", null)]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/ggz|any-version", null)]
    [InlineData(null, "ggz")]
    public async System.Threading.Tasks.Task ValueSetValidateCode_ValueSetByIriImplicitUrlOrInstanceId_Valid(string? url, string? id)
    {
        var parameters = new ValidateCodeParameters().WithCode("dubbeldiagnose", Ggz);
        if (url is not null)
        {
            parameters.WithValueSet(url: url);
        }

        var answer = await Service.ValueSetValidateCode(parameters, id);

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
    }

    [Theory]
    [InlineData("zorgco")]
    [InlineData("ZOCO")]
    [InlineData("care coord")]
    [InlineData("dubbeldiagnose")]
    [InlineData("oordinatie")]
    public async System.Threading.Tasks.Task Expand_Filter_TheSnapshotsExpansionInCodeOrder(string filter)
    {
        var expanded = (ValueSet)await Service.Expand(new ExpandParameters().WithValueSet(url: "https://w3id.org/toekomstzorg/fhir/ValueSet/eerstelijn").WithFilter(filter));

        var eerstelijn = Snapshot.Value.Schemes.Single(s => s.Key == "eerstelijn");
        var expected = Snapshot.Value.Expand(eerstelijn, filter).Concepts;
        expanded.Expansion!.Contains.Select(c => (c.Code, c.Display)).Should().Equal(expected.Select(c => ((string?)c.Code, (string?)c.Display("nl"))));
        expanded.Expansion.Total.Should().Be(expected.Count);
    }

    private static CarePlan CarePlan(string system, string code) => new()
    {
        Id = "example",
        Status = RequestStatus.Active,
        Intent = Hl7.Fhir.Model.CarePlan.CarePlanIntent.Plan,
        Subject = new ResourceReference("Patient/1"),
        Category = [new CodeableConcept(system, code)],
    };
}
