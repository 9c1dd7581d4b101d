namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>Line and column (in code points, both one-based) of a byte offset, computed only when an error is reported.</summary>
internal static class JsonPosition
{
    public static (int Line, int Column) OfOffset(ReadOnlySpan<byte> input, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, input.Length);
        var prefix = input[..end];
        var line = prefix.Count((byte)'\n') + 1;
        var lineStart = prefix.LastIndexOf((byte)'\n') + 1;
        return (line, CountCodePoints(input[lineStart..end]) + 1);
    }

    /// <summary>The byte offset of a zero-based line and byte position in that line, as <see cref="System.Text.Json.JsonException"/> gives them.</summary>
    public static long OffsetOf(ReadOnlySpan<byte> input, long zeroBasedLine, long bytePositionInLine)
    {
        var offset = 0;
        for (long line = 0; line < zeroBasedLine; line++)
        {
            var next = input[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
        }

        return Math.Min(input.Length, offset + bytePositionInLine);
    }

    /// <summary>The offset of the first byte that is not part of well-formed UTF-8.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> input)
    {
        var offset = 0;
        while (offset < input.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(input[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return input.Length;
    }

    private static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            // Continuation bytes are 10xxxxxx; every other byte starts a code point.
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
