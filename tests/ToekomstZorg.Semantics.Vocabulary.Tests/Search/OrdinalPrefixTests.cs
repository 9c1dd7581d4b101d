using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Search;

public sealed class OrdinalPrefixTests
{
    // Folded text (letters, digits, space), and characters folding never writes but the order must still respect.
    private static readonly char[] Folded = ['a', 'b', 'm', 'z', '0', '9', ' '];
    private static readonly char[] Other = ['\0', '\u0001', '-', '/', ':', 'A', 'Z', '`', '{', 'é', 'ø', 'ß', '€', '\uFFFF'];

    [Fact]
    public void Pack_AnyTwoStrings_ASmallerNumberIsAnOrdinallySmallerString()
    {
        var random = new Random(11);
        var alphabet = Folded.Concat(Other).ToArray();
        for (var trial = 0; trial < 50_000; trial++)
        {
            // Pairs that share a random prefix, so the deciding character is anywhere, also past the packed eleven.
            var prefix = Make(random, alphabet, random.Next(0, 14));
            var a = prefix + Make(random, random.Next(4) == 0 ? alphabet : Folded, random.Next(0, 4));
            var b = prefix + Make(random, random.Next(4) == 0 ? alphabet : Folded, random.Next(0, 4));

            var (packedA, packedB) = (OrdinalPrefix.Pack(a), OrdinalPrefix.Pack(b));

            if (packedA != packedB)
            {
                Math.Sign(string.CompareOrdinal(a, b)).Should().Be(packedA.CompareTo(packedB), $"'{a}' and '{b}' pack as {packedA} and {packedB}");
            }

            if (a == b)
            {
                packedA.Should().Be(packedB);
            }
        }
    }

    [Fact]
    public void Pack_FoldedTextUpToElevenCharacters_DecidesEveryComparison()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 20_000; trial++)
        {
            var a = Make(random, Folded, random.Next(0, 12));
            var b = Make(random, Folded, random.Next(0, 12));

            OrdinalPrefix.Pack(a).CompareTo(OrdinalPrefix.Pack(b)).Should().Be(Math.Sign(string.CompareOrdinal(a, b)), $"'{a}' vs '{b}'");
        }
    }

    private static string Make(Random random, char[] alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
