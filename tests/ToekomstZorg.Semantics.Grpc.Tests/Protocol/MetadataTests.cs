namespace ToekomstZorg.Semantics.Grpc.Tests.Protocol;

public sealed class MetadataTests
{
    [Fact]
    public void Add_UpperCaseKey_StoredLowerCase() =>
        new Metadata().Add("X-Case", "1")[0].Key.Should().Be("x-case");

    [Theory]
    [InlineData("grpc-status")]
    [InlineData("bad key")]
    [InlineData("x-data-bin")]
    public void Add_StringUnderReservedInvalidOrBinaryKey_Throws(string key)
    {
        var act = () => new Metadata().Add(key, "v");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Add_NonAsciiValue_Throws()
    {
        var act = () => new Metadata().Add("x-name", "zorgcoördinatie");
        act.Should().Throw<ArgumentException>().WithMessage("*printable ASCII*");
    }

    [Fact]
    public void GetValueBytes_UnpaddedBase64_Decoded()
    {
        var metadata = new Metadata();
        metadata.AddRaw("x-data-bin", "AAH+");
        metadata.AddRaw("x-short-bin", "AQ");
        metadata.GetValueBytes("x-data-bin").Should().Equal(0, 1, 254);
        metadata.GetValueBytes("x-short-bin").Should().Equal(1);
    }
}
