using System.Text.RegularExpressions;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Search;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Repository;

/// <summary>The repository's own vocab/: it lints without errors and keeps the promises the issue makes.</summary>
public sealed partial class RepositoryVocabularyTests
{
    private static readonly Lazy<VocabularyLoadResult> Loaded = new(() => VocabularyLoader.LoadDirectory(VocabDirectory()));

    private static VocabularySnapshot Snapshot => Loaded.Value.Snapshot;

    [Fact]
    public void Lint_RepositoryVocabulary_NoErrors() =>
        Loaded.Value.Diagnostics.Where(d => d.IsError).Should().BeEmpty(string.Join("\n", Loaded.Value.Diagnostics));

    [Fact]
    public void LoadDirectory_WithoutBuildingTheSearchIndex_SearchesAlikeOnFirstUseAndLintsAlike()
    {
        var lazy = VocabularyLoader.LoadDirectory(VocabDirectory(), buildSearchIndex: false);
        var queries = new[] { new SearchQuery("Zoco"), new SearchQuery("zorgcoordinatie"), new SearchQuery("dubbel", Schemes: ["ggz", "vaph"]) };

        var lazyHits = queries.Select(q => lazy.Snapshot.Search(q).Select(h => (h.Concept.Iri, h.MatchedText, h.MatchKind, h.Rank)).ToList()).ToList();
        var eagerHits = queries.Select(q => Snapshot.Search(q).Select(h => (h.Concept.Iri, h.MatchedText, h.MatchKind, h.Rank)).ToList()).ToList();

        lazyHits.Should().BeEquivalentTo(eagerHits, options => options.WithStrictOrdering());
        lazyHits.Should().OnlyContain(hits => hits.Count > 0);
        lazy.Diagnostics.Should().BeEquivalentTo(Loaded.Value.Diagnostics);
    }

    [Fact]
    public void Schemes_CoreAndEverySector_WithEnoughConcepts()
    {
        Snapshot.Schemes.Select(s => s.Key).Should().Contain(["kern", "ggz", "vaph", "ouderenzorg", "eerstelijn", "ziekenhuis", "welzijn", "jeugdhulp"]);
        Snapshot.CoreScheme!.Concepts.Should().HaveCountGreaterThanOrEqualTo(60);
        Snapshot.Schemes.Where(s => s.Key != "kern" && !s.IsReference).Should().OnlyContain(s => s.Concepts.Count >= 15);
    }

    [Fact]
    public void Concepts_Every_HasDutchAndEnglishLabelDutchDefinitionAndSource() =>
        Snapshot.Schemes.Where(s => !s.IsReference).SelectMany(s => s.Concepts).Should().OnlyContain(c =>
            c.PrefLabels.ContainsKey("nl") && c.PrefLabels.ContainsKey("en") && c.Definitions.ContainsKey("nl") && c.Sources.Count > 0);

    [Fact]
    public void FalseFriendsOf_EitherSideOfADeclaredPair_GivesThePairAndAreFalseFriendsItsRationale()
    {
        Snapshot.TryGetConcept("ggz", "dubbeldiagnose", out var ggz).Should().BeTrue();
        Snapshot.TryGetConcept("vaph", "dubbeldiagnose", out var vaph).Should().BeTrue();
        Snapshot.TryGetConcept("kern", "dubbeldiagnose", out var kern).Should().BeTrue();

        var pair = Snapshot.FalseFriendsOf(ggz!).Should().ContainSingle(p => p.First == vaph || p.Second == vaph).Subject;
        Snapshot.FalseFriendsOf(vaph!).Should().Contain(pair, "the pair is written once and found from both of its concepts");
        Snapshot.FalseFriendsOf(kern!).Should().BeEmpty();
        Snapshot.FalseFriendsOf(ggz!).Should().Equal(Snapshot.FalseFriends.Where(p => p.First == ggz || p.Second == ggz), "in the order of the declared pairs");
        Snapshot.AreFalseFriends(vaph!, ggz!, out var rationale).Should().BeTrue();
        rationale.Should().Be(pair.Rationale).And.NotBeNullOrWhiteSpace();
        Snapshot.AreFalseFriends(ggz!, kern!, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("vaph", "dubbeldiagnose", "ggz", "dubbeldiagnose")]
    [InlineData("ggz", "dubbeldiagnose", "vaph", "dubbeldiagnose")]
    [InlineData("vaph", "outreach", "ggz", "outreach")]
    [InlineData("ggz", "outreach", "ziekenhuis", "outreach")]
    [InlineData("eerstelijn", "mdo", "ziekenhuis", "mdo")]
    [InlineData("eerstelijn", "mdo", "ouderenzorg", "mdo")]
    [InlineData("ggz", "zorgplanning-en-knelpuntoverleg", "eerstelijn", "mdo")]
    [InlineData("eerstelijn", "zorgcoordinatie", "ggz", "zorgcoordinatie")]
    [InlineData("ziekenhuis", "zorgcoordinatie", "eerstelijn", "zorgcoordinatie")]
    [InlineData("eerstelijn", "casemanagement", "ggz", "casemanagement")]
    [InlineData("ggz", "casemanagement", "eerstelijn", "casemanagement")]
    [InlineData("welzijn", "hulpplan", "ggz", "hulpplan")]
    [InlineData("ggz", "pzon", "eerstelijn", "pzon")]
    public void Translate_SameWordDifferentSectorMeaning_NeverEquivalentAndWarned(string from, string code, string to, string targetCode)
    {
        var result = Snapshot.Translate(from, code, to);
        result.Matches.Should().NotContain(m => m.Equivalence == Equivalence.Equivalent || m.Equivalence == Equivalence.Equal);
        var match = result.Matches.Should().ContainSingle(m => m.Target.Code == targetCode).Subject;
        match.IsFalseFriend.Should().BeTrue();
        match.Warnings.Should().NotBeEmpty();
        match.Rationales.Should().NotBeEmpty();
    }

    [Fact]
    public void Translate_SharedProfession_Equivalent() =>
        Snapshot.Translate("eerstelijn", "huisarts", "kern").Best!.Equivalence.Should().Be(Equivalence.Equivalent);

    [Theory]
    [InlineData("ziekenhuis", "tweede-lijn", "tweede-lijn")]
    [InlineData("ziekenhuis", "derde-lijn", "derde-lijn")]
    public void Translate_HospitalLineOfCare_EquivalentBecauseBothFollowTheSameDivision(string scheme, string code, string kernCode)
    {
        var best = Snapshot.Translate(scheme, code, "kern").Best!;
        best.Target.Code.Should().Be(kernCode);
        best.Equivalence.Should().Be(Equivalence.Equivalent);
    }

    [Fact]
    public void Translate_IntellectualDisability_WiderCoreDisabilityNotDualDiagnosis()
    {
        var result = Snapshot.Translate("vaph", "verstandelijke-beperking", "kern");
        result.Best!.Target.Code.Should().Be("beperking");
        result.Best.Equivalence.Should().Be(Equivalence.Wider);
        result.Matches.Should().NotContain(m => m.Target.Code == "dubbeldiagnose");
    }

    [Fact]
    public void Translate_WelfareHelpPlan_NeverEquivalentToCore() =>
        Snapshot.Translate("welzijn", "hulpplan", "kern").Matches.Should().NotContain(m => m.Equivalence == Equivalence.Equivalent || m.Equivalence == Equivalence.Equal);

    [Fact]
    public void Labels_WithinOneScheme_NoTwoEqualIgnoringCase()
    {
        var duplicates = Snapshot.Schemes
            .SelectMany(s => s.Concepts.SelectMany(c => c.Labels.Select(l => (Scheme: s.Key, l.Language, Text: l.Text.ToUpperInvariant(), c.Code))))
            .GroupBy(x => (x.Scheme, x.Language, x.Text))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Scheme} '{g.Key.Text}'@{g.Key.Language}: {string.Join(", ", g.Select(x => x.Code))}");
        duplicates.Should().BeEmpty();
    }

    [Fact]
    public void Sources_SeedReference_NamesTheLines() =>
        Snapshot.Schemes.SelectMany(s => s.Concepts).SelectMany(c => c.Sources.Select(source => (c.Iri, source)))
            .Where(x => x.source.StartsWith("seeds/", StringComparison.Ordinal))
            .Should().OnlyContain(x => SeedReference().IsMatch(x.source));

    [Theory]
    [InlineData("docplayer.")]
    [InlineData("studylibnl.")]
    [InlineData("adoc.pub")]
    [InlineData("fdocuments.")]
    [InlineData("5dok.")]
    [InlineData("ehealth.fgov.be/standards/fhir/core/CodeSystem/cd-hcparty")]
    public void Sources_Definition_NotFromDocumentMirrorOrCodeList(string forbidden) =>
        Snapshot.Schemes.SelectMany(s => s.Concepts).SelectMany(c => c.Sources)
            .Should().NotContain(source => source.Contains(forbidden, StringComparison.Ordinal));

    [GeneratedRegex(@"^seeds/\d{3}_[0-9a-f]{16}\.txt#L\d+(-L\d+)?(: .+)?$")]
    private static partial Regex SeedReference();

    private static string VocabDirectory() => Path.Combine(RepositoryPaths.Root, "vocab");
}
