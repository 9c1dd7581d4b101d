using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

public sealed class SearchTextTests
{
    [Fact]
    public void Words_LabelWithDiacriticsAndPunctuation_FoldedWords() =>
        SearchText.Words(" Zorgcoördinatie (ZOCO) – VAPH ").Should().Equal("zorgcoordinatie", "zoco", "vaph");

    [Theory]
    [InlineData("mult overl", "multidisciplinair overleg", true)]
    [InlineData("overleg multi", "multidisciplinair overleg", true)]
    [InlineData("disciplinair", "multidisciplinair overleg", false)]
    [InlineData("multi zorg", "multidisciplinair overleg", false)]
    [InlineData("overleg", "overle", false)]
    public void EveryWordStartsAWord_Words_TrueOnlyWhenEachStartsAWord(string query, string label, bool expected) =>
        SearchText.EveryWordStartsAWord(SearchText.Words(query), SearchText.Fold(label)).Should().Be(expected);
}
