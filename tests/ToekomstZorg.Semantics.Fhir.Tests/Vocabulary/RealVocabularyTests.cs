using System.Text;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Vocabulary;

/// <summary>The repository's own <c>vocab/</c>: it loads, every export is valid FHIR, and a CarePlan with a coding of every concept translates.</summary>
public sealed class RealVocabularyTests
{
    private const string HcParty = "https://www.ehealth.fgov.be/standards/fhir/core/CodeSystem/cd-hcparty";

    private static readonly Lazy<ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot> Snapshot = new(() => VocabularyLoader.LoadDirectory(Path.Combine(RepositoryPaths.Root, "vocab")).Snapshot);
    private static readonly Lazy<(SnapshotCodingTranslator Translator, ExportVocabulary Export)> Vocabulary = new(() => (new SnapshotCodingTranslator(Snapshot.Value), SnapshotExport.From(Snapshot.Value)));

    [Fact]
    public void LoadDirectory_RepositoryVocab_EverySchemeHasConceptsWithCodesAndLabels()
    {
        var export = Vocabulary.Value.Export;

        export.Schemes.Should().NotBeEmpty();
        foreach (var scheme in export.Schemes.Where(s => s.Key != "cd-hcparty"))
        {
            scheme.Iri.Should().Be("https://w3id.org/toekomstzorg/" + scheme.Key);
            scheme.Concepts.Should().NotBeEmpty(scheme.Key);
            scheme.Concepts.Should().OnlyContain(c => c.Iri == scheme.Iri + "/" + c.Code && c.PrefLabels.ContainsKey("nl"), scheme.Key);
        }

        // The reference scheme CD-HCPARTY: its canonical URL as the system, codes as published, labels in the code list's languages.
        var hcParty = export.Schemes.Should().ContainSingle(s => s.Key == "cd-hcparty").Subject;
        hcParty.Iri.Should().Be(HcParty);
        hcParty.Concepts.Should().OnlyContain(c => c.Iri == HcParty + "/" + c.Code && c.PrefLabels.ContainsKey("nl-BE") && c.PrefLabels.ContainsKey("fr-BE"));
        hcParty.Concepts.Select(c => c.Code).Should().Contain(["persgeneralphysician", "perspsychatrist", "perscaregiver"]);
    }

    [Fact]
    public void Translate_CareTeamSectorRolesToCdHcParty_RoleCodingsAddedAndOutputValidFhir()
    {
        var careTeam = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "ToekomstZorg.Semantics.Cli.Tests", "Fixtures", "careteam-sector-roles.json"));
        var translator = new FhirResourceTranslator(Vocabulary.Value.Translator);

        var result = translator.Translate(careTeam, "cd-hcparty", TranslationMode.Add);

        result.Succeeded.Should().BeTrue();
        var roles = result.Codings.Where(c => c.Expression.StartsWith("CareTeam.participant", StringComparison.Ordinal)).ToList();
        roles.Should().HaveCount(9);
        roles.Where(c => c.Status == CodingReportStatus.Translated).Select(c => (c.Targets[0].Code, c.Equivalence)).Should().BeEquivalentTo(new[]
        {
            ("persgeneralphysician", Equivalence.Equivalent), ("persnurse", Equivalence.Wider), ("perspharmacist", Equivalence.Equivalent),
            ("persgeriatrist", Equivalence.Equivalent), ("perspsychatrist", Equivalence.Equivalent), ("perssocialworker", Equivalence.Equivalent),
            ("perscaregiver", Equivalence.Equivalent), ("orgretirementhome", Equivalence.Equivalent),
        });
        roles.Should().ContainSingle(c => c.Status != CodingReportStatus.Translated).Which.Expression.Should().Be("CareTeam.participant[7].role[0].coding[0]");
        result.Resource.ShouldBeValidFhir();
        result.ToOperationOutcomeJson().ShouldBeValidFhir();
    }

    [Fact]
    public void Export_RepositoryVocab_EveryResourceIsValidFhir()
    {
        var exporter = new FhirTerminologyExporter(Snapshot.Value, Vocabulary.Value.Translator);

        var resources = exporter.ExportResources();

        foreach (var resource in resources.Append(exporter.ExportBundle(resources)))
        {
            resource.Json.ShouldBeValidFhir();
        }
    }

    [Fact]
    public void Translate_CarePlanWithEveryConcept_EveryCodingReportedAndOutputValid()
    {
        var export = Vocabulary.Value.Export;
        var codings = export.Schemes.SelectMany(s => s.Concepts.Select(c => $$"""{"system":"{{s.Iri}}","code":"{{c.Code}}"}"""));
        var carePlan = $$"""{"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/1"},"category":[{"coding":[{{string.Join(",", codings)}}]}]}""";
        var translator = new FhirResourceTranslator(Vocabulary.Value.Translator);

        foreach (var target in export.Schemes)
        {
            foreach (var mode in new[] { TranslationMode.Add, TranslationMode.Replace })
            {
                var result = translator.Translate(Encoding.UTF8.GetBytes(carePlan), target.Key, mode);

                result.Succeeded.Should().BeTrue();
                result.Codings.Should().HaveCount(export.Schemes.Sum(s => s.Concepts.Count));
                result.Codings.Where(c => c.SourceSystem == target.Iri).Should().OnlyContain(c => c.Status == CodingReportStatus.AlreadyInTarget);
                result.Resource.ShouldBeValidFhir();
                result.ToOperationOutcomeJson().ShouldBeValidFhir();
            }
        }
    }
}
