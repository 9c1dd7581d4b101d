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

    [Fact]
    public void Pack_FromAStart_PacksWhatFollowsIt()
    {
        var random = new Random(3);
        var alphabet = Folded.Concat(Other).ToArray();
        for (var trial = 0; trial < 5_000; trial++)
        {
            var key = Make(random, random.Next(3) == 0 ? alphabet : Folded, random.Next(0, 40));
            var start = random.Next(0, key.Length + 1);

            OrdinalPrefix.Pack(key, start).Should().Be(OrdinalPrefix.Pack(key[start..]), $"'{key}' from {start}");
        }
    }

    [Fact]
    public void TieOf_KeysThatPackAlike_TellsWhatTheyShare()
    {
        var random = new Random(17);
        var alphabet = Folded.Concat(Other).ToArray();
        var seen = new HashSet<OrdinalPrefix.Tie>();
        for (var trial = 0; trial < 50_000; trial++)
        {
            // Keys around eleven characters that share most of them, so that many pack alike.
            var prefix = Make(random, random.Next(5) == 0 ? alphabet : Folded, random.Next(6, 13));
            var a = prefix + Make(random, random.Next(5) == 0 ? alphabet : ['a', 'b'], random.Next(0, 3));
            var b = prefix + Make(random, random.Next(5) == 0 ? alphabet : ['a', 'b'], random.Next(0, 3));
            var packed = OrdinalPrefix.Pack(a);
            if (packed != OrdinalPrefix.Pack(b))
            {
                continue;
            }

            var tie = OrdinalPrefix.TieOf(packed);
            seen.Add(tie);
            switch (tie)
            {
                case OrdinalPrefix.Tie.SameKey:
                    a.Should().Be(b);
                    break;
                case OrdinalPrefix.Tie.SameCharacters:
                    a.Length.Should().BeGreaterThan(OrdinalPrefix.Length - 1);
                    a[..OrdinalPrefix.Length].Should().Be(b[..OrdinalPrefix.Length]);
                    break;
            }
        }

        seen.Should().BeEquivalentTo([OrdinalPrefix.Tie.SameKey, OrdinalPrefix.Tie.SameCharacters, OrdinalPrefix.Tie.Undecided]);
    }

    private static string Make(Random random, char[] alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
