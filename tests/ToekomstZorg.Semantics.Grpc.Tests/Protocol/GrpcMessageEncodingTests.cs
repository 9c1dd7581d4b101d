using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Tests.Protocol;

public sealed class GrpcMessageEncodingTests
{
    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("100%", "100%25")]
    [InlineData("zorgcoördinatie", "zorgco%C3%B6rdinatie")]
    [InlineData("regel\nnieuw", "regel%0Anieuw")]
    public void Encode_PercentEncodesOutsidePrintableAsciiAndPercent(string message, string expected) =>
        GrpcMessageEncoding.Encode(message).Should().Be(expected);

    [Theory]
    [InlineData("zorgcoördinatie 100% — ✓")]
    [InlineData("")]
    [InlineData("%%%")]
    public void Decode_OfEncode_RoundTrips(string message) =>
        GrpcMessageEncoding.Decode(GrpcMessageEncoding.Encode(message)).Should().Be(message);

    [Theory]
    [InlineData("50%", "50%")]
    [InlineData("%zz", "%zz")]
    [InlineData("%4", "%4")]
    public void Decode_MalformedEscape_KeptAsIs(string value, string expected) =>
        GrpcMessageEncoding.Decode(value).Should().Be(expected);
}
