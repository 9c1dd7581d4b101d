using System.Buffers;
using ToekomstZorg.Semantics.Grpc.Protocol;

namespace ToekomstZorg.Semantics.Grpc.Tests.Protocol;

public sealed class MessageCompressionTests
{
    [Fact]
    public void Decompress_OfCompress_RoundTrips()
    {
        var payload = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ondersteuningsplan ", 1000)));
        var compressed = MessageCompression.Compress(payload);
        compressed.Length.Should().BeLessThan(payload.Length / 10);
        MessageCompression.Decompress(new ReadOnlySequence<byte>(compressed), payload.Length).Should().Equal(payload);
    }

    [Fact]
    public void Decompress_ExpandsBeyondTheLimit_Null()
    {
        var compressed = MessageCompression.Compress(new byte[1_000_000]);
        MessageCompression.Decompress(new ReadOnlySequence<byte>(compressed), 999_999).Should().BeNull();
    }

    [Fact]
    public void Decompress_NotGzip_InvalidDataException()
    {
        var act = () => MessageCompression.Decompress(new ReadOnlySequence<byte>([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 100);
        act.Should().Throw<InvalidDataException>();
    }
}
