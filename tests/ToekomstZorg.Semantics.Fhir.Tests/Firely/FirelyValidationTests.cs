using System.Text;
using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Fhir.Tests.Firely;

/// <summary>
/// Every resource the Fhir project writes, judged by Firely's validator (tests/TestSupport/FirelyValidator.cs): each
/// exported resource of the repository's <c>vocab/</c> and of the fake vocabulary, and each translated CarePlan, CareTeam
/// and Bundle (the repository's samples and the conformance examples in ../shared) in ADD and REPLACE mode with its
/// OperationOutcome. Where the input itself draws warnings (an example's SNOMED code Firely cannot check offline), the
/// output may draw the same ones but no new one.
/// </summary>
public sealed class FirelyValidationTests
{
    private static readonly Lazy<ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot> Snapshot =
        new(() => VocabularyLoader.LoadDirectory(Path.Combine(RepositoryPaths.Root, "vocab")).Snapshot);

    public static TheoryData<string> RepositoryExport()
    {
        var data = new TheoryData<string>();
        foreach (var document in RealExporter().ExportResources())
        {
            data.Add(document.FileName);
        }

        return data;
    }

    public static TheoryData<string, TranslationMode> Examples()
    {
        var data = new TheoryData<string, TranslationMode>();
        foreach (var path in RepositoryPaths.FhirExamples)
        {
            data.Add(Path.GetFileName(path), TranslationMode.Add);
            data.Add(Path.GetFileName(path), TranslationMode.Replace);
        }

        return data;
    }

    public static TheoryData<string, TranslationMode> Samples()
    {
        var data = new TheoryData<string, TranslationMode>();
        foreach (var name in new[] { "CarePlan", "CareTeam", "Bundle" })
        {
            data.Add(name, TranslationMode.Add);
            data.Add(name, TranslationMode.Replace);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryExport))]
    public void ExportResources_RepositoryVocab_FirelyFindsNoProblem(string fileName)
    {
        var document = RealExporter().ExportResources().Single(d => d.FileName == fileName);

        document.Json.ShouldBeValidByFirely();
    }

    [Fact]
    public void ExportBundle_RepositoryVocab_FirelyFindsNoProblem()
    {
        var exporter = RealExporter();

        var bundle = exporter.ExportBundle(exporter.ExportResources());

        bundle.Json.ShouldBeValidByFirely();
        FirelyValidator.ParseJson(bundle.Json).Should().BeOfType<Bundle>().Which.Entry.Should().OnlyContain(e => !string.IsNullOrEmpty(e.FullUrl));
    }

    [Fact]
    public void ExportResources_FakeVocabulary_FirelyFindsNoProblemInJsonOrXml()
    {
        var exporter = new FhirTerminologyExporter(FakeExportVocabulary.Create(), new FakeCodingTranslator());
        var resources = exporter.ExportResources();

        foreach (var document in resources.Append(exporter.ExportBundle(resources)))
        {
            document.Json.ShouldBeValidByFirely();
            FirelyValidator.ParseXml(document.Serialize(Serialization.FhirFormat.Xml)).ShouldBeValidByFirely();
        }
    }

    [Fact]
    public void ExportResources_StructureDefinition_DeclaresOriginalCodingOnCoding()
    {
        var exporter = new FhirTerminologyExporter(FakeExportVocabulary.Create(), new FakeCodingTranslator());

        var definition = exporter.ExportResources().Single(d => d.ResourceType == "StructureDefinition");

        var parsed = FirelyValidator.ParseJson(definition.Json).Should().BeOfType<StructureDefinition>().Subject;
        parsed.Url.Should().Be(FhirExtensionUrls.OriginalCoding);
        parsed.Context.Select(c => c.Expression).Should().Equal("Coding");
        parsed.Differential!.Element.Single(e => e.Path == "Extension.value[x]").Type.Select(t => t.Code).Should().Equal("Coding");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Translate_RepositorySample_OutputAndOutcomeHaveNoNewProblem(string sample, TranslationMode mode)
    {
        var json = sample switch
        {
            "CarePlan" => Support.Samples.CarePlan,
            "CareTeam" => Support.Samples.CareTeam,
            _ => Support.Samples.Bundle,
        };

        var result = new FhirResourceTranslator(new FakeCodingTranslator()).Translate(Encoding.UTF8.GetBytes(json), "kern", mode);

        result.Succeeded.Should().BeTrue();
        result.WrittenCodings.Should().BeGreaterThan(0, "the sample has codings the fake vocabulary translates");
        ShouldHaveNoNewProblem(Encoding.UTF8.GetBytes(json), result.Resource.ToArray());
        result.ToOperationOutcomeJson().ShouldBeValidByFirely();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Translate_ConformanceExample_OutputAndOutcomeHaveNoNewProblem(string example, TranslationMode mode)
    {
        var input = File.ReadAllBytes(RepositoryPaths.FhirExamples.Single(p => Path.GetFileName(p) == example));
        var translator = new FhirResourceTranslator(new SnapshotCodingTranslator(Snapshot.Value));

        var result = translator.Translate(input, "kern", mode);

        result.Succeeded.Should().BeTrue();
        ShouldHaveNoNewProblem(input, result.Resource.ToArray());
        result.ToOperationOutcomeJson().ShouldBeValidByFirely();
    }

    [Fact]
    public void Translate_CarePlanWithEveryConceptReplaced_OutputWithOriginalCodingsHasNoProblem()
    {
        var codings = Snapshot.Value.Schemes.Where(s => s.Key != "kern")
            .SelectMany(s => s.Concepts.Select(c => $$"""{"system":"{{s.Iri}}","code":"{{c.Code}}"}"""));
        var carePlan = $$"""{"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/1"},"category":[{"coding":[{{string.Join(",", codings)}}]}]}""";
        var translator = new FhirResourceTranslator(new SnapshotCodingTranslator(Snapshot.Value));

        var result = translator.Translate(Encoding.UTF8.GetBytes(carePlan), "kern", TranslationMode.Replace);

        result.Succeeded.Should().BeTrue();
        Encoding.UTF8.GetString(result.Resource.Span).Should().Contain(FhirExtensionUrls.OriginalCoding);
        result.Resource.ShouldBeValidByFirely();
        result.ToOperationOutcomeJson().ShouldBeValidByFirely();
    }

    private static FhirTerminologyExporter RealExporter() =>
        new(SnapshotExport.From(Snapshot.Value), new SnapshotCodingTranslator(Snapshot.Value));

    // The output may only draw problems the input drew already (Firely's messages name paths, which translation keeps).
    private static void ShouldHaveNoNewProblem(byte[] input, byte[] output)
    {
        var before = Problems(input);
        var after = Problems(output);

        after.Except(before).Should().BeEmpty("translation must not add a problem Firely's validator finds (the input had: {0})", string.Join(" | ", before));
    }

    private static HashSet<string> Problems(byte[] json) => FirelyValidator.ValidateJson(json).Issue
        .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Warning)
        .Select(i => $"{i.Severity}: {FirelyValidator.Text(i)}")
        .ToHashSet(StringComparer.Ordinal);
}
