using System.Buffers.Binary;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>gRPC-Web framing by hand (grpc/doc/PROTOCOL-WEB.md): flag byte, 4-byte big-endian length, payload.</summary>
internal static class GrpcWebFrames
{
    /// <summary>One frame: 0x00 for a message, 0x80 for the trailers.</summary>
    public static byte[] Frame(byte flag, byte[] payload)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>The frames of a binary body, in order.</summary>
    public static List<(byte Flag, byte[] Payload)> Read(byte[] body)
    {
        var frames = new List<(byte, byte[])>();
        for (var offset = 0; offset < body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(offset + 1));
            frames.Add((body[offset], body.AsSpan(offset + 5, length).ToArray()));
            offset += 5 + length;
        }

        return frames;
    }

    /// <summary>
    /// A -text body may be several base64 strings one after the other (one per write), each padded to whole
    /// 4-character quanta, so it decodes quantum by quantum.
    /// </summary>
    public static byte[] DecodeText(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i + 4 <= text.Length; i += 4)
        {
            bytes.AddRange(Convert.FromBase64String(text.Substring(i, 4)));
        }

        return [.. bytes];
    }
}
