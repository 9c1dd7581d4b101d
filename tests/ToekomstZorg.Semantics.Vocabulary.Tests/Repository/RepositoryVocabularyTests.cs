using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Repository;

/// <summary>The repository's own vocab/: it lints without errors and keeps the promises the issue makes.</summary>
public sealed class RepositoryVocabularyTests
{
    private static readonly Lazy<VocabularyLoadResult> Loaded = new(() => VocabularyLoader.LoadDirectory(VocabDirectory()));

    private static VocabularySnapshot Snapshot => Loaded.Value.Snapshot;

    [Fact]
    public void Lint_RepositoryVocabulary_NoErrors() =>
        Loaded.Value.Diagnostics.Where(d => d.IsError).Should().BeEmpty(string.Join("\n", Loaded.Value.Diagnostics));

    [Fact]
    public void Schemes_CoreAndEverySector_WithEnoughConcepts()
    {
        Snapshot.Schemes.Select(s => s.Key).Should().Contain(["kern", "ggz", "vaph", "ouderenzorg", "eerstelijn", "ziekenhuis", "welzijn", "jeugdhulp"]);
        Snapshot.CoreScheme!.Concepts.Should().HaveCountGreaterThanOrEqualTo(60);
        Snapshot.Schemes.Where(s => s.Key != "kern").Should().OnlyContain(s => s.Concepts.Count >= 15);
    }

    [Fact]
    public void Concepts_Every_HasDutchAndEnglishLabelDutchDefinitionAndSource() =>
        Snapshot.Schemes.SelectMany(s => s.Concepts).Should().OnlyContain(c =>
            c.PrefLabels.ContainsKey("nl") && c.PrefLabels.ContainsKey("en") && c.Definitions.ContainsKey("nl") && c.Sources.Count > 0);

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

    private static string VocabDirectory() => Path.Combine(RepositoryPaths.Root, "vocab");
}
