using FsCheck.Xunit;
using ToekomstZorg.Semantics.Rdf.Turtle.Internal;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

public sealed class NaturalOrderTests
{
    [Fact]
    public void Compare_Names_DigitsByValueBracketsIgnored()
    {
        var names = new List<string> { "s0:c10", "<http://a/p1>", "s0:c2", "s0:c02", "<http://a/p>", "s1:c1", "s0:scheme" };

        names.Sort(NaturalOrder.Instance);

        names.Should().Equal("<http://a/p>", "<http://a/p1>", "s0:c02", "s0:c2", "s0:c10", "s0:scheme", "s1:c1");
    }

    [Property(MaxTest = 300)]
    public bool Compare_AnyThreeStrings_ConsistentTotalOrder(string? a, string? b, string? c)
    {
        var order = NaturalOrder.Instance;
        var sorted = new[] { a ?? string.Empty, b ?? string.Empty, c ?? string.Empty };
        Array.Sort(sorted, order);
        return order.Compare(sorted[0], sorted[1]) <= 0
            && order.Compare(sorted[1], sorted[2]) <= 0
            && order.Compare(sorted[0], sorted[2]) <= 0
            && Math.Sign(order.Compare(a, b)) == -Math.Sign(order.Compare(b, a))
            && (order.Compare(a, b) != 0 || a == b);
    }
}
