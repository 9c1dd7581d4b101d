using System.Buffers;
using System.IO.Compression;

namespace ToekomstZorg.Semantics.Grpc.Protocol;

/// <summary>gzip message compression (PROTOCOL-HTTP2.md "Compressed-Flag", grpc/doc/compression.md).</summary>
public static class MessageCompression
{
    /// <summary>Compresses one message payload with gzip.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> payload)
    {
        using var output = new MemoryStream(payload.Length / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(payload);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Decompresses one gzip payload. Returns null when the decompressed size would exceed <paramref name="maxLength"/>
    /// (a small compressed message may expand to gigabytes); throws <see cref="InvalidDataException"/> for corrupt data.
    /// </summary>
    public static byte[]? Decompress(ReadOnlySequence<byte> payload, int maxLength)
    {
        using var input = new ReadOnlySequenceStream(payload);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxLength)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return output.ToArray();
    }

    private sealed class ReadOnlySequenceStream(ReadOnlySequence<byte> sequence) : Stream
    {
        private ReadOnlySequence<byte> _remaining = sequence;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, _remaining.Length);
            _remaining.Slice(0, n).CopyTo(buffer);
            _remaining = _remaining.Slice(n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
