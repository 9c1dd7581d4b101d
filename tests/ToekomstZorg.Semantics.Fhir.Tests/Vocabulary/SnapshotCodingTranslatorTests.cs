using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Vocabulary;

public sealed class SnapshotCodingTranslatorTests : IDisposable
{
    private const string Base = "https://w3id.org/toekomstzorg/";
    private readonly TurtleVocabulary _files = new();
    private readonly SnapshotCodingTranslator _vocabulary;
    private readonly ExportVocabulary _export;

    public SnapshotCodingTranslatorTests()
    {
        var snapshot = VocabularyLoader.LoadDirectory(_files.Directory).Snapshot;
        _vocabulary = new SnapshotCodingTranslator(snapshot);
        _export = SnapshotExport.From(snapshot);
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void LoadDirectory_ReadsSchemesConceptsMappingsAndFalseFriends()
    {
        var export = _export;

        export.Schemes.Select(s => s.Key).Should().Equal("ggz", "kern", "vaph");
        export.Version.Should().StartWith("2026-11-22+");
        var kern = export.Schemes.Single(s => s.Key == "kern");
        kern.Concepts.Single(c => c.Code == "overleg").Broader.Should().Equal("zorgcoordinatie");
        kern.Concepts.Single(c => c.Code == "zorgcoordinatie").AltLabels.Should().Equal(("nl", "Zoco"));
        export.Schemes.Single(s => s.Key == "ggz").Concepts.Single(c => c.Code == "mdo").Deprecated.Should().BeTrue();
        export.Mappings.Should().HaveCount(6);
        export.Mappings.Single(m => m.SubjectScheme == "ggz" && m.SubjectCode == "dubbeldiagnose").Should().BeEquivalentTo(new
        {
            Relation = MappingRelation.Broad,
            ObjectScheme = "kern",
            ObjectCode = "dubbeldiagnose",
            Rationale = "GGZ bedoelt verslaving samen met een psychiatrische stoornis.",
        });
        export.FalseFriends.Should().ContainSingle();
    }

    [Theory]
    [InlineData("ggz", Base + "ggz")]
    [InlineData(Base + "ggz", Base + "ggz")]
    [InlineData(Base + "ggz/", Base + "ggz")]
    public void TryResolveSystem_KeyOrIri_CanonicalIri(string systemOrKey, string expected)
    {
        _vocabulary.TryResolveSystem(systemOrKey, out var canonical).Should().BeTrue();
        canonical.Should().Be(expected);
    }

    [Fact]
    public void TryResolveSystem_Unknown_False() => _vocabulary.TryResolveSystem("http://snomed.info/sct", out _).Should().BeFalse();

    [Theory]
    [InlineData("ggz", "dubbeldiagnose", "kern", "dubbeldiagnose", Equivalence.Wider)]
    [InlineData("kern", "dubbeldiagnose", "ggz", "dubbeldiagnose", Equivalence.Narrower)]
    [InlineData("ggz", "zorgcoordinatie", "vaph", "zorgcoordinatie", Equivalence.Equivalent)]
    [InlineData("ggz", "mdo", "kern", "overleg", Equivalence.Narrower)]
    [InlineData("vaph", "dubbeldiagnose", "ggz", "dubbeldiagnose", Equivalence.Inexact)]
    [InlineData("vaph", "begeleiding", "ggz", "zorgcoordinatie", Equivalence.RelatedTo)]
    public void Translate_OneHopReverseAndComposed_FollowsVocabDesign(string from, string code, string to, string expectedCode, Equivalence expected)
    {
        var translation = _vocabulary.Translate(Base + from, code, Base + to);

        translation.Status.Should().Be(CodingTranslationStatus.Matched);
        var match = translation.Matches.Single();
        match.Code.Should().Be(expectedCode);
        match.Equivalence.Should().Be(expected);
        match.System.Should().Be(Base + to);
    }

    [Fact]
    public void Translate_Composed_CarriesPathAndEveryHopsRationale()
    {
        var match = _vocabulary.Translate(Base + "vaph", "dubbeldiagnose", Base + "ggz").Matches.Single();

        match.Path.Should().Equal(Base + "vaph/dubbeldiagnose", "skos:broadMatch", Base + "kern/dubbeldiagnose", "^skos:broadMatch", Base + "ggz/dubbeldiagnose");
        match.Rationales.Should().HaveCount(2);
        match.IsFalseFriend.Should().BeTrue();
        match.Warnings.Single().Should().Contain("false friend").And.Contain("VAPH: beperking");
    }

    [Fact]
    public void Translate_SameLabelNotEquivalent_WarnsFalseFriendWithoutDeclaration()
    {
        var match = _vocabulary.Translate(Base + "ggz", "dubbeldiagnose", Base + "kern").Matches.Single();

        match.IsFalseFriend.Should().BeTrue("same prefLabel, but only wider");
    }

    [Fact]
    public void Translate_UnknownCodeAndNoPath()
    {
        _vocabulary.Translate(Base + "ggz", "bestaat-niet", Base + "kern").Status.Should().Be(CodingTranslationStatus.UnknownCode);
        _vocabulary.Translate(Base + "kern", "overleg", Base + "vaph").Status.Should().Be(CodingTranslationStatus.Unmatched);
    }

    [Theory]
    [InlineData(Equivalence.Equivalent, Equivalence.Wider, Equivalence.Wider)]
    [InlineData(Equivalence.Wider, Equivalence.Wider, Equivalence.Wider)]
    [InlineData(Equivalence.Narrower, Equivalence.Narrower, Equivalence.Narrower)]
    [InlineData(Equivalence.Wider, Equivalence.Narrower, Equivalence.Inexact)]
    [InlineData(Equivalence.Narrower, Equivalence.Wider, Equivalence.Inexact)]
    [InlineData(Equivalence.Inexact, Equivalence.Equivalent, Equivalence.Inexact)]
    [InlineData(Equivalence.RelatedTo, Equivalence.Inexact, Equivalence.RelatedTo)]
    [InlineData(Equivalence.Equivalent, Equivalence.Equivalent, Equivalence.Equivalent)]
    public void Compose_FollowsTheConservativeTable(Equivalence first, Equivalence second, Equivalence expected) =>
        ToekomstZorg.Semantics.Vocabulary.Translation.EquivalenceAlgebra.Compose(first, second).Should().Be(expected);

    [Fact]
    public void FhirTranslation_OverTurtleVocabulary_TranslatesAndIsValidFhir()
    {
        var translator = new FhirResourceTranslator(_vocabulary);
        const string careTeam = """{"resourceType":"CareTeam","reasonCode":[{"coding":[{"system":"https://w3id.org/toekomstzorg/vaph","code":"dubbeldiagnose"}]}]}""";

        var result = translator.Translate(Samples.Utf8(careTeam), "ggz");

        result.Codings.Single().Targets.Single().Code.Should().Be("dubbeldiagnose");
        result.Codings.Single().HasFalseFriend.Should().BeTrue();
        result.VocabularyVersion.Should().Be(_vocabulary.VocabularyVersion).And.StartWith("2026-11-22+");
        result.Resource.ShouldBeValidFhir();
        result.ToOperationOutcomeJson().ShouldBeValidFhir();
    }

    [Fact]
    public void Export_OverTurtleVocabulary_EveryResourceIsValidFhir()
    {
        var exporter = new FhirTerminologyExporter(_export, _vocabulary);

        var resources = exporter.ExportResources();

        resources.Select(r => r.Id).Should().Contain(["ggz-kern", "vaph-kern", "ggz-vaph", "vaph-ggz"]);
        foreach (var resource in resources.Append(exporter.ExportBundle(resources)))
        {
            resource.Json.ShouldBeValidFhir();
        }
    }
}
