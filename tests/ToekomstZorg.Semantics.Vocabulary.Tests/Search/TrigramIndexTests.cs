using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

public sealed class TrigramIndexTests
{
    private static readonly string[] Syllables = ["zorg", "plan", "team", "over", "leg", "coor", "dina", "tie", "huis", "arts", " "];

    [Fact]
    public void Candidates_AnySubstring_ContainsEveryLabelThatHoldsIt()
    {
        // Arrange: labels built from overlapping syllables, so trigrams repeat within and across labels.
        var random = new Random(7);
        var labels = Enumerable.Range(0, 2000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Syllables[random.Next(Syllables.Length)])).Trim())
            .Where(l => l.Length >= 3)
            .ToArray();
        var index = new TrigramIndex(labels);

        for (var trial = 0; trial < 300; trial++)
        {
            var label = labels[random.Next(labels.Length)];
            var start = random.Next(label.Length - 2);
            var text = label.Substring(start, random.Next(3, label.Length - start + 1));

            // Act
            var candidates = index.Candidates(text).ToArray();

            // Assert: complete, ascending, each label once.
            var expected = Enumerable.Range(0, labels.Length).Where(i => labels[i].Contains(text, StringComparison.Ordinal));
            candidates.Should().Contain(expected).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void Candidates_LabelsWithCharactersOutsideTheSmallAlphabet_ContainsEveryLabelThatHoldsIt()
    {
        // Trigrams with a character beyond a-z, 0-9 and space are numbered apart from the others; mix both kinds.
        string[] parts = ["zorg", "straße", "ø", "plan", "ørsted", "é", "team", " ", "λόγος", "ß"];
        var random = new Random(3);
        var labels = Enumerable.Range(0, 1000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => parts[random.Next(parts.Length)])))
            .ToArray();
        var index = new TrigramIndex(labels);

        foreach (var text in (string[])["aße", "ørs", "rgø", "ζorg"[1..] + "pl", "é t", "λόγ", "ßzo", "eam", "ße ", "ørsted"])
        {
            var expected = Enumerable.Range(0, labels.Length).Where(i => labels[i].Contains(text, StringComparison.Ordinal)).ToArray();

            var candidates = index.Candidates(text).ToArray();

            candidates.Should().Contain(expected, $"'{text}'").And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
            candidates.Where(i => labels[i].Contains(text, StringComparison.Ordinal)).Should().Equal(expected);
        }
    }

    [Fact]
    public void Candidates_TrigramInNoLabel_Empty() =>
        new TrigramIndex(["zorgplan", "teamoverleg"]).Candidates("zorgxplan").ToArray().Should().BeEmpty();

    [Fact]
    public void Candidates_RarestTrigram_IsTheListReturned() =>
        new TrigramIndex(["zorgplan", "zorgteam", "zorgcoordinatie"]).Candidates("zorgp").ToArray().Should().Equal(0);
}
