using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

public sealed class LabelNormalizerTests
{
    [Theory]
    [InlineData("Zorgcoördinatie", "zorgcoordinatie")]
    [InlineData("Geïntegreerd Breed Onthaal", "geintegreerd breed onthaal")]
    [InlineData("Équipe mobile – soins", "equipe mobile soins")]
    [InlineData("Straße", "strasse")]
    [InlineData("IJzer ĳzer", "ijzer ijzer")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Łódź", "lodz")]
    [InlineData("zorgcoo\u0308rdinatie", "zorgcoordinatie")]
    [InlineData("  MDO-psy / zorgplanning  ", "mdo psy zorgplanning")]
    [InlineData("2 × per week", "2 per week")]
    public void Normalize_LatinTextWithDiacritics_FoldsToLowerCaseBaseLetters(string text, string expected) =>
        LabelNormalizer.Normalize(text).Should().Be(expected);

    [Fact]
    public void Normalize_Table_CoversLatin1SupplementAndLatinExtendedA() =>
        LabelNormalizer.FoldedCount.Should().Be(0x180 - 0xC0);

    [Fact]
    public void Normalize_EveryFoldedLetter_IsAsciiLowerCase()
    {
        for (var c = '\u00C0'; c < '\u0180'; c++)
        {
            var folded = LabelNormalizer.Normalize(c.ToString());
            if (c is '\u00D7' or '\u00F7')
            {
                folded.Should().BeEmpty();
                continue;
            }

            folded.Should().MatchRegex("^[a-z]{1,2}$", $"U+{(int)c:X4} {c} is a letter");
        }
    }
}
