using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Terminology;

/// <summary>The snapshot's terminology operations (lookup, validate-code, subsumes, expand) on the good fixture vocabulary.</summary>
public sealed class TerminologyOperationTests : IDisposable
{
    private readonly FixtureVocabulary _fixture = new();
    private readonly VocabularySnapshot _snapshot;

    public TerminologyOperationTests()
    {
        File.WriteAllText(_fixture.PathOf("replaced.ttl"), """
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:zorgcoordinator owl:deprecated true ; dct:isReplacedBy kern:zorgcoordinatie , <https://example.org/elders> .
            """);
        _snapshot = _fixture.Load().Snapshot;
    }

    public void Dispose() => _fixture.Dispose();

    private ConceptScheme Kern => _snapshot.TryGetScheme("kern", out var kern) ? kern : throw new InvalidOperationException("no kern");

    [Theory]
    [InlineData("zorgcoördinatie", CodeValidationStatus.Valid)]
    [InlineData("ZORGCOÖRDINATIE", CodeValidationStatus.Valid)]
    [InlineData("care coordination", CodeValidationStatus.Valid)]
    [InlineData("zoco", CodeValidationStatus.Valid)]
    [InlineData("zorgcoordinatie", CodeValidationStatus.InvalidDisplay)]
    [InlineData(" zorgcoördinatie", CodeValidationStatus.InvalidDisplay)]
    [InlineData("huisarts", CodeValidationStatus.InvalidDisplay)]
    public void ValidateCode_Display_PreferredOrAlternativeLabelIgnoringCaseButNotHidden(string display, CodeValidationStatus expected)
    {
        // Act
        var validation = _snapshot.ValidateCode(Kern, "zorgcoordinatie", display);

        // Assert
        validation.Status.Should().Be(expected);
        validation.Display.Should().Be("zorgcoördinatie");
        if (expected != CodeValidationStatus.Valid)
        {
            validation.Message.Should().Contain("is not a display of https://w3id.org/toekomstzorg/kern|zorgcoordinatie");
        }
    }

    [Fact]
    public void ValidateCode_UnknownCode_NotValidWithoutDisplay()
    {
        var validation = _snapshot.ValidateCode(Kern, "Zorgcoordinatie");

        (validation.IsValid, validation.Status, validation.Display, validation.Concept).Should().Be((false, CodeValidationStatus.UnknownCode, null, null));
        validation.Message.Should().Contain("'Zorgcoordinatie'").And.Contain(_snapshot.Version);
    }

    [Fact]
    public void ValidateCode_Deprecated_ValidWithNoticeNamingEveryReplacement()
    {
        var validation = _snapshot.ValidateCode(Kern, "zorgcoordinator");

        (validation.IsValid, validation.Deprecated).Should().Be((true, true));
        validation.Message.Should().Be(
            "https://w3id.org/toekomstzorg/kern|zorgcoordinator is deprecated (owl:deprecated); it is valid but should no longer be used. "
            + "Use https://w3id.org/toekomstzorg/kern|zorgcoordinatie or https://example.org/elders (dct:isReplacedBy).");
    }

    [Theory]
    [InlineData(new string[0], "zorgcoördinatie")]
    [InlineData(new[] { "en" }, "care coordination")]
    [InlineData(new[] { "fr", "en" }, "care coordination")]
    [InlineData(new[] { "fr" }, "zorgcoördinatie")]
    public void Lookup_Languages_DisplayIsTheFirstPreferredLabelThenDutch(string[] languages, string display) =>
        _snapshot.Lookup("kern", "zorgcoordinatie", languages)!.Display.Should().Be(display);

    [Fact]
    public void Lookup_Designations_PreferredByLanguageThenAlternativeThenHidden()
    {
        var lookup = _snapshot.Lookup("kern", "zorgcoordinatie")!;

        lookup.Designations.Should().Equal(
            new ConceptLabel("care coordination", "en", LabelKind.Preferred),
            new ConceptLabel("zorgcoördinatie", "nl", LabelKind.Preferred),
            new ConceptLabel("Zoco", "nl", LabelKind.Alternative),
            new ConceptLabel("zorgcoordinatie", "nl", LabelKind.Hidden));
        lookup.Narrower.Select(c => c.Code).Should().Contain("zorgcoordinator");
    }

    [Fact]
    public void Lookup_Replacements_ResolvedInsideTheVocabularyOnly()
    {
        var lookup = _snapshot.Lookup("kern", "zorgcoordinator")!;

        lookup.ReplacedBy.Select(r => r.ToString()).Should().Equal("https://w3id.org/toekomstzorg/kern|zorgcoordinatie", "https://example.org/elders");
        lookup.ReplacedBy[1].Concept.Should().BeNull();
    }

    [Fact]
    public void Lookup_UnknownCode_Null() => _snapshot.Lookup("kern", "bestaat-niet").Should().BeNull();

    [Fact]
    public void Subsumes_BroaderChain_BothDirectionsAndAcrossSchemes()
    {
        _snapshot.TryGetConcept("kern", "zorgcoordinatie", out var parent).Should().BeTrue();
        _snapshot.TryGetConcept("kern", "zorgcoordinator", out var child).Should().BeTrue();
        _snapshot.TryGetConcept("ggz", "huisarts", out var other).Should().BeTrue();

        VocabularySnapshot.Subsumes(parent!, child!).Should().Be(SubsumptionOutcome.Subsumes);
        VocabularySnapshot.Subsumes(child!, parent!).Should().Be(SubsumptionOutcome.SubsumedBy);
        VocabularySnapshot.Subsumes(child!, child!).Should().Be(SubsumptionOutcome.Equivalent);
        VocabularySnapshot.Subsumes(parent!, other!).Should().Be(SubsumptionOutcome.NotSubsumed);
    }

    [Theory]
    [InlineData("", false, new[] { "dubbeldiagnose", "huisarts", "zorgcoordinatie", "zorgcoordinator", "zorgplan" })]
    [InlineData("", true, new[] { "dubbeldiagnose", "huisarts", "zorgcoordinatie", "zorgplan" })]
    [InlineData("zorgco", false, new[] { "zorgcoordinatie", "zorgcoordinator" })]
    [InlineData("ZOCO", false, new[] { "zorgcoordinatie" })]
    [InlineData("care plan", false, new[] { "zorgplan" })]
    [InlineData("ha", false, new[] { "huisarts" })]
    [InlineData("oordinatie", false, new string[0])]
    public void Expand_Filter_EveryWordStartsAWordOfAPreferredOrAlternativeLabelOrTheCode(string filter, bool activeOnly, string[] codes)
    {
        var expansion = _snapshot.Expand(Kern, filter, activeOnly);

        expansion.Concepts.Select(c => c.Code).Should().Equal(codes);
        expansion.IsFiltered.Should().Be(filter.Length > 0);
    }

    [Theory]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/kern", "kern")]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/ggz|2026-11-20", "ggz")]
    [InlineData("https://w3id.org/toekomstzorg/kern", "kern")]
    [InlineData("https://w3id.org/toekomstzorg/kern?vs", "kern")]
    [InlineData("https://w3id.org/toekomstzorg/ggz?vs|1", "ggz")]
    public void FindValueSetScheme_CanonicalUrlIriOrImplicitValueSet_TheScheme(string url, string key)
    {
        var scheme = _snapshot.FindValueSetScheme(url, "https://w3id.org/toekomstzorg/fhir/ValueSet/");

        scheme.Should().NotBeNull().And.BeSameAs(_snapshot.TryGetScheme(key, out var expected) ? expected : null);
    }

    [Theory]
    [InlineData("kern")]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/")]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/https://w3id.org/toekomstzorg/kern")]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/KERN")]
    [InlineData("https://w3id.org/toekomstzorg/kern/")]
    [InlineData("https://w3id.org/toekomstzorg/kern/?vs")]
    [InlineData("https://w3id.org/toekomstzorg/fhir/ValueSet/onbekend")]
    [InlineData("http://hl7.org/fhir/ValueSet/care-plan-category")]
    public void FindValueSetScheme_KeyAloneOtherSpellingOrUnknown_Null(string url) =>
        _snapshot.FindValueSetScheme(url, "https://w3id.org/toekomstzorg/fhir/ValueSet/").Should().BeNull();
}
