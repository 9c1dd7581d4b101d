using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Tests.Protocol;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 3600_000.0)]
    [InlineData("2M", 120_000.0)]
    [InlineData("3S", 3000.0)]
    [InlineData("250m", 250.0)]
    [InlineData("1500u", 1.5)]
    [InlineData("99999999n", 99.999999)]
    public void TryParse_EachUnit_Milliseconds(string header, double milliseconds)
    {
        GrpcTimeout.TryParse(header, out var timeout).Should().BeTrue();
        timeout.TotalMilliseconds.Should().BeApproximately(milliseconds, 0.0001);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("-1S")]
    [InlineData("123456789S")]
    [InlineData("1.5S")]
    public void TryParse_OutsideTheGrammar_False(string header) =>
        GrpcTimeout.TryParse(header, out _).Should().BeFalse();

    [Theory]
    [InlineData(0.0001)]
    [InlineData(1)]
    [InlineData(250)]
    [InlineData(90_000)]
    [InlineData(86_400_000)]
    public void Format_ThenParse_NeverShorterAndAtMostEightDigits(double milliseconds)
    {
        var timeout = TimeSpan.FromMilliseconds(milliseconds);
        var header = GrpcTimeout.Format(timeout);
        header.Length.Should().BeLessThanOrEqualTo(9);
        GrpcTimeout.TryParse(header, out var parsed).Should().BeTrue();
        parsed.Should().BeGreaterThanOrEqualTo(timeout);
        (parsed - timeout).Should().BeLessThan(TimeSpan.FromTicks(Math.Max(timeout.Ticks / 1000, 100)));
    }
}
