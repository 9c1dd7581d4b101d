namespace ToekomstZorg.Semantics.Rdf.Iris.Internal;

/// <summary>RFC 3986 §5.2.4 remove_dot_segments.</summary>
internal static class DotSegments
{
    /// <summary>Writes <paramref name="input"/> without "." and ".." segments to <paramref name="output"/>; returns the length written.</summary>
    public static int Remove(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var o = 0;
        var i = 0;
        while (i < input.Length)
        {
            var rest = input[i..];

            // A. If the input buffer begins with a prefix of "../" or "./", remove that prefix.
            if (rest.StartsWith("../"u8))
            {
                i += 3;
            }
            else if (rest.StartsWith("./"u8))
            {
                i += 2;
            }

            // B. "/./" or "/." as a complete segment: replace with "/".
            else if (rest.StartsWith("/./"u8))
            {
                i += 2;
            }
            else if (rest.SequenceEqual("/."u8))
            {
                output[o++] = (byte)'/';
                i = input.Length;
            }

            // C. "/../" or "/.." as a complete segment: replace with "/" and drop the last output segment.
            else if (rest.StartsWith("/../"u8))
            {
                i += 3;
                o = LastSegmentStart(output[..o]);
            }
            else if (rest.SequenceEqual("/.."u8))
            {
                o = LastSegmentStart(output[..o]);
                output[o++] = (byte)'/';
                i = input.Length;
            }

            // D. "." or ".." alone: remove.
            else if (rest.SequenceEqual("."u8) || rest.SequenceEqual(".."u8))
            {
                i = input.Length;
            }

            // E. Move the first segment (with its leading "/", up to the next "/") to the output.
            else
            {
                var next = rest[1..].IndexOf((byte)'/');
                var length = next < 0 ? rest.Length : next + 1;
                rest[..length].CopyTo(output[o..]);
                o += length;
                i += length;
            }
        }

        return o;
    }

    private static int LastSegmentStart(ReadOnlySpan<byte> output)
    {
        var slash = output.LastIndexOf((byte)'/');
        return slash < 0 ? 0 : slash;
    }
}
