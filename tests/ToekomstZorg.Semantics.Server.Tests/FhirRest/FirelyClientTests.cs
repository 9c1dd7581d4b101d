using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Specification.Terminology;
using ToekomstZorg.Semantics.Server.Tests.Support;
using FirelyFhirClient = Hl7.Fhir.Rest.FhirClient;
using Task = System.Threading.Tasks.Task;

namespace ToekomstZorg.Semantics.Server.Tests.FhirRest;

/// <summary>
/// The /fhir facade as a .NET integrator meets it: Firely's own <see cref="FirelyFhirClient"/> (Hl7.Fhir.R4) against
/// the real server, each operation through Firely's typed API where it has one (<c>ConceptLookupAsync</c>,
/// <c>ValidateCodeAsync</c>, <c>ExpandValueSetAsync</c>, <c>TranslateConceptAsync</c>, <c>ReadAsync</c>,
/// <c>SearchAsync</c>/<c>ContinueAsync</c>, <c>CapabilityStatementAsync</c>) and otherwise through Firely's
/// <see cref="ExternalTerminologyService"/> with its parameter builders; errors as Firely surfaces them
/// (<see cref="FhirOperationException"/> with status and OperationOutcome); and the same service inside Firely's
/// validator. Every test takes the wire format, so the same tests run for each format the server speaks.
/// </summary>
public sealed class FirelyClientTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Kern = "https://w3id.org/toekomstzorg/kern";
    private const string Ggz = "https://w3id.org/toekomstzorg/ggz";
    private const string GgzValueSet = "https://w3id.org/toekomstzorg/fhir/ValueSet/ggz";
    private const string KernValueSet = "https://w3id.org/toekomstzorg/fhir/ValueSet/kern";

    // A profile that binds CarePlan.category (required) to the ggz ValueSet.
    private static readonly StructureDefinition GgzCarePlanProfile = FirelyValidator.CarePlanCategoryBoundTo(GgzValueSet);

    // The formats the server answers: FhirClient's default (XML) and JSON.
    private static readonly ResourceFormat[] ServedFormats = [ResourceFormat.Json, ResourceFormat.Xml];

    /// <summary>Each format the server answers.</summary>
    public static TheoryData<ResourceFormat> Formats => new(ServedFormats);

    /// <summary>Each format with each canonical resource type and how many the test vocabulary has of it.</summary>
    public static TheoryData<ResourceFormat, string, int> FormatsAndResourceTypes
    {
        get
        {
            var data = new TheoryData<ResourceFormat, string, int>();
            foreach (var format in ServedFormats)
            {
                data.Add(format, "CodeSystem", 3);
                data.Add(format, "ValueSet", 3);
                data.Add(format, "ConceptMap", 4);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ConceptLookupAsync_KnownCode_DisplayDesignationsAndHierarchy(ResourceFormat format)
    {
        using var client = Client(format);

        var answer = await client.ConceptLookupAsync(code: new Code("zorgcoordinatie"), system: new FhirUri(Kern));

        answer.GetSingleValue<FhirString>("display")!.Value.Should().Be("zorgcoördinatie");
        answer.GetSingleValue<FhirString>("version")!.Value.Should().Be(fixture.Server.Vocabulary.Current.Version);
        var designations = answer.Parameter.Where(p => p.Name == "designation")
            .Select(p => (Value(p, "language"), Value(p, "value"), ((Coding?)p.Part.SingleOrDefault(x => x.Name == "use")?.Value)?.Code)).ToList();
        designations.Should().Contain(("nl", "Zoco", "900000000000013009")).And.Contain(("en", "care coordination", null))
            .And.NotContain(d => d.Item2 == "zorgcoordinatie", "a hidden label is no designation");
        Properties(answer, "child").Should().Equal("overleg");
        Properties(answer, "status").Should().Equal("active");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Lookup_GetThroughExternalTerminologyService_SameAnswerAsPost(ResourceFormat format)
    {
        using var client = Client(format);
        var service = new ExternalTerminologyService(client);
        var parameters = new LookupParameters().WithCode(system: Kern, code: "mdo");

        var byGet = await service.Lookup(parameters, useGet: true);
        var byPost = await service.Lookup(parameters, useGet: false);

        byGet.GetSingleValue<FhirString>("display")!.Value.Should().Be("multidisciplinair overleg");
        Properties(byGet, "parent").Should().Equal("overleg");
        byGet.IsExactly(byPost).Should().BeTrue("GET and POST ask the same");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ConceptLookupAsync_UnknownCode_404WithOutcomeNamingCodeAndParameter(ResourceFormat format)
    {
        using var client = Client(format);

        var act = () => client.ConceptLookupAsync(code: new Code("bestaat-niet"), system: new FhirUri(Kern));

        var error = (await act.Should().ThrowAsync<FhirOperationException>()).Which;
        error.Status.Should().Be(HttpStatusCode.NotFound);
        var issue = error.Outcome!.Issue.Should().ContainSingle().Which;
        issue.Code.Should().Be(OperationOutcome.IssueType.NotFound);
        Text(issue).Should().Contain("bestaat-niet");
        issue.Expression.Should().Equal("code");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ValidateCodeAsync_ValueSetByUrlAndById_ValidWithPreferredDisplay(ResourceFormat format)
    {
        using var client = Client(format);

        var byUrl = await client.ValidateCodeAsync(url: new FhirUri(GgzValueSet), code: new Code("dubbeldiagnose"), system: new FhirUri(Ggz));
        var byId = await client.ValidateCodeAsync("ggz", code: new Code("dubbeldiagnose"), system: new FhirUri(Ggz), display: new FhirString("DUBBELDIAGNOSE"));

        (byUrl.Result.Value, byUrl.Display.Value).Should().Be((true, "dubbeldiagnose"));
        (byId.Result.Value, byId.Display.Value).Should().Be((true, "dubbeldiagnose"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ValidateCodeAsync_WrongDisplayOrOtherSystemOrUnknownCode_FalseWithMessage(ResourceFormat format)
    {
        using var client = Client(format);

        var wrongDisplay = await client.ValidateCodeAsync(url: new FhirUri(GgzValueSet), code: new Code("dubbeldiagnose"), system: new FhirUri(Ggz), display: new FhirString("iets anders"));
        var otherSystem = await client.ValidateCodeAsync(url: new FhirUri(GgzValueSet), code: new Code("dubbeldiagnose"), system: new FhirUri(Kern));
        var unknown = await client.ValidateCodeAsync(url: new FhirUri(GgzValueSet), code: new Code("geen-ggz-code"), system: new FhirUri(Ggz));

        (wrongDisplay.Result.Value, wrongDisplay.Display.Value).Should().Be((false, "dubbeldiagnose"));
        wrongDisplay.Message.Value.Should().Contain("iets anders");
        otherSystem.Result.Value.Should().BeFalse();
        otherSystem.Message.Value.Should().Contain(Kern);
        unknown.Result.Value.Should().BeFalse();
        unknown.Message.Value.Should().Contain("geen-ggz-code");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task CodeSystemValidateCode_DeprecatedConcept_ValidWithNoticeNamingTheReplacement(ResourceFormat format)
    {
        using var client = Client(format);
        var service = new ExternalTerminologyService(client);

        var answer = await service.CodeSystemValidateCode(new ValidateCodeParameters().WithValueSet(url: Ggz).WithCode(code: "mdo"));

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        answer.GetSingleValue<FhirString>("message")!.Value.Should().Contain("deprecated").And.Contain($"{Ggz}|zorgcoordinatie");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Subsumes_AncestorAndDescendant_BothDirections(ResourceFormat format)
    {
        using var client = Client(format);
        var service = new ExternalTerminologyService(client);

        var down = await service.Subsumes(new SubsumesParameters().WithCode(codeA: "zorgcoordinatie", codeB: "mdo", system: Kern));
        var up = await service.Subsumes(new SubsumesParameters().WithCode(codeA: "mdo", codeB: "zorgcoordinatie", system: Kern));
        var none = await service.Subsumes(new SubsumesParameters().WithCode(codeA: "dubbeldiagnose", codeB: "mdo", system: Kern));

        down.GetSingleValue<Code>("outcome")!.Value.Should().Be("subsumes");
        up.GetSingleValue<Code>("outcome")!.Value.Should().Be("subsumed-by");
        none.GetSingleValue<Code>("outcome")!.Value.Should().Be("not-subsumed");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ExpandValueSetAsync_ByCanonicalWithFilterAndByInstance_TheMembers(ResourceFormat format)
    {
        using var client = Client(format);

        var filtered = await client.ExpandValueSetAsync(new FhirUri(KernValueSet), filter: new FhirString("zorgco"));
        var all = await client.ExpandValueSetAsync(new Uri("ValueSet/ggz", UriKind.Relative));

        filtered.Url.Should().Be(KernValueSet);
        filtered.Expansion!.Contains.Select(c => (c.System, c.Code)).Should().Equal((Kern, "zorgcoordinatie"));
        filtered.Expansion.Total.Should().Be(1);
        all.Expansion!.Contains.Select(c => c.Code).Should().Equal("dubbeldiagnose", "mdo", "zorgcoordinatie");
        all.Expansion.Contains.Single(c => c.Code == "mdo").Inactive.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Translate_FirelyTargetSystemParameter_MatchesInThatSystemOnly(ResourceFormat format)
    {
        using var client = Client(format);
        var service = new ExternalTerminologyService(client);
        var parameters = new TranslateParameters().WithCode(code: "dubbeldiagnose", system: Ggz).WithTarget(target: null, targetSystem: Kern);

        var answer = await service.Translate(parameters);

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        var matches = answer.Parameter.Where(p => p.Name == "match").ToList();
        matches.Select(m => (Coding)m.Part.Single(x => x.Name == "concept").Value!).Select(c => (c.System, c.Code)).Should().Equal((Kern, "dubbeldiagnose"));
        matches.Select(m => m.Part.Single(x => x.Name == "equivalence").Value!.ToString()).Should().Equal("wider");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TranslateConceptAsync_TargetValueSet_MatchesInItsSystem(ResourceFormat format)
    {
        using var client = Client(format);

        var answer = await client.TranslateConceptAsync(
            code: new Code("zorgcoordinatie"), system: new FhirUri(Ggz), version: null, valueSet: null, coding: null, codeableConcept: null,
            target: new FhirUri(KernValueSet), dependencies: null);

        answer.GetSingleValue<FhirBoolean>("result")!.Value.Should().BeTrue();
        answer.Parameter.Where(p => p.Name == "match").Select(m => ((Coding)m.Part.Single(x => x.Name == "concept").Value!).Code).Should().Equal("zorgcoordinatie");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Translate_UnknownTargetSystem_404WithOutcomeNamingTargetSystem(ResourceFormat format)
    {
        using var client = Client(format);
        var service = new ExternalTerminologyService(client);
        var parameters = new TranslateParameters().WithCode(code: "dubbeldiagnose", system: Ggz).WithTarget(target: null, targetSystem: "https://example.org/nope");

        var act = () => service.Translate(parameters);

        var error = (await act.Should().ThrowAsync<FhirOperationException>()).Which;
        error.Status.Should().Be(HttpStatusCode.NotFound);
        var issue = error.Outcome!.Issue.Should().ContainSingle().Which;
        Text(issue).Should().Contain("https://example.org/nope");
        issue.Expression.Should().ContainSingle().Which.Should().BeOneOf("targetsystem", "targetSystem");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TypeOperationAsync_UnknownParameter_400NamingIt(ResourceFormat format)
    {
        using var client = Client(format);
        var parameters = new Parameters().Add("system", new FhirUri(Kern)).Add("code", new Code("mdo")).Add("colour", new FhirString("blue"));

        var act = () => client.TypeOperationAsync<CodeSystem>("lookup", parameters);

        var error = (await act.Should().ThrowAsync<FhirOperationException>()).Which;
        error.Status.Should().Be(HttpStatusCode.BadRequest);
        var issue = error.Outcome!.Issue.Should().ContainSingle().Which;
        Text(issue).Should().Contain("colour");
        issue.Expression.Should().Equal("colour");
    }

    [Theory]
    [MemberData(nameof(FormatsAndResourceTypes))]
    public async Task SearchAsync_CountOne_ContinueAsyncPagesThroughEveryResourceOnce(ResourceFormat format, string type, int count)
    {
        using var client = Client(format);

        var page = await client.SearchAsync(new SearchParams().LimitTo(1), type);
        var ids = new List<string>();
        var pages = 0;
        while (page is not null)
        {
            pages++;
            page.Total.Should().Be(count);
            page.Entry.Should().ContainSingle().Which.FullUrl.Should().EndWith($"/fhir/{type}/{page.Entry[0].Resource!.Id}");
            ids.Add(page.Entry[0].Resource!.Id!);
            page = await client.ContinueAsync(page);
            pages.Should().BeLessThanOrEqualTo(count, "the last page has no next link");
        }

        ids.Should().HaveCount(count).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ReadAsync_EachCanonicalResource_TheResourceAtItsUrl(ResourceFormat format)
    {
        using var client = Client(format);

        var codeSystem = await client.ReadAsync<CodeSystem>("CodeSystem/ggz");
        var valueSet = await client.ReadAsync<ValueSet>("ValueSet/kern");
        var conceptMap = await client.ReadAsync<ConceptMap>("ConceptMap/ggz-kern");

        (codeSystem!.Url, codeSystem.Version).Should().Be((Ggz, fixture.Server.Vocabulary.Current.Version));
        codeSystem.Concept.Select(c => c.Code).Should().BeEquivalentTo("dubbeldiagnose", "mdo", "zorgcoordinatie");
        valueSet!.Url.Should().Be(KernValueSet);
        conceptMap!.Group.Should().ContainSingle().Which.Target.Should().Be(Kern);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ReadAsync_UnknownId_404(ResourceFormat format)
    {
        using var client = Client(format);

        var act = () => client.ReadAsync<CodeSystem>("CodeSystem/snomed");

        (await act.Should().ThrowAsync<FhirOperationException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task CapabilityStatementAsync_R4TerminologyServerWithItsOperations(ResourceFormat format)
    {
        using var client = Client(format);

        var statement = await client.CapabilityStatementAsync();

        statement.FhirVersion.Should().Be(FHIRVersion.N4_0_1);
        statement.Kind.Should().Be(CapabilityStatementKind.Instance);
        statement.Format.Should().Contain(f => f.Contains("json"));
        var resources = statement.Rest.Should().ContainSingle().Which.Resource;
        resources.Select(r => r.Type).Should().Contain(["CodeSystem", "ValueSet", "ConceptMap"]);
        resources.Single(r => r.Type == "CodeSystem").Operation.Select(o => o.Name).Should().Contain(["lookup", "validate-code", "subsumes"]);
        resources.Single(r => r.Type == "ValueSet").Operation.Select(o => o.Name).Should().Contain(["expand", "validate-code"]);
        resources.Single(r => r.Type == "ConceptMap").Operation.Select(o => o.Name).Should().Contain("translate");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Validate_CarePlanCategoryBoundToOurValueSetThroughExternalTerminologyService_AcceptsGgzCode(ResourceFormat format)
    {
        using var client = Client(format);
        var validator = FirelyValidator.Create(new ExternalTerminologyService(client), GgzCarePlanProfile);

        var outcome = FirelyValidator.Validate(validator, CarePlan(Ggz, "dubbeldiagnose"), GgzCarePlanProfile.Url);

        outcome.ShouldHaveNoProblems(CarePlan(Ggz, "dubbeldiagnose"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Validate_CarePlanCategoryBoundToOurValueSetThroughExternalTerminologyService_RejectsUnknownCodeNamingIt(ResourceFormat format)
    {
        using var client = Client(format);
        var validator = FirelyValidator.Create(new ExternalTerminologyService(client), GgzCarePlanProfile);

        var outcome = FirelyValidator.Validate(validator, CarePlan(Ggz, "geen-ggz-code"), GgzCarePlanProfile.Url);

        outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(FirelyValidator.Text).Should().Contain(text => text.Contains("geen-ggz-code"));
    }

    private FirelyFhirClient Client(ResourceFormat format) =>
        new(new Uri(fixture.Server.Endpoints.Http, "fhir").ToString(), new FhirClientSettings { PreferredFormat = format });

    private static CarePlan CarePlan(string system, string code) => new()
    {
        Id = "example",
        Status = RequestStatus.Active,
        Intent = Hl7.Fhir.Model.CarePlan.CarePlanIntent.Plan,
        Subject = new ResourceReference("Patient/1"),
        Category = [new CodeableConcept(system, code)],
    };

    private static string? Value(Parameters.ParameterComponent parameter, string part) =>
        parameter.Part.SingleOrDefault(p => p.Name == part)?.Value?.ToString();

    private static List<string?> Properties(Parameters answer, string code) =>
        answer.Parameter.Where(p => p.Name == "property" && Value(p, "code") == code).Select(p => Value(p, "value")).ToList();

    private static string Text(OperationOutcome.IssueComponent issue) => issue.Details?.Text ?? issue.Diagnostics ?? string.Empty;
}
