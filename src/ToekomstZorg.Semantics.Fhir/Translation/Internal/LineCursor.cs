using System.Text;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Turns byte offsets into one-based line and code-point column, counting forward from the last answer: codings are
/// reported in increasing offset order (a coding nested in another coding's extension is the exception, and restarts
/// the count), so a whole resource is scanned about once, also when it is all on one line (compact JSON).
/// </summary>
internal sealed class LineCursor
{
    private int _offset;
    private int _line = 1;
    private int _column = 1;

    /// <summary>Starts counting from the beginning again (for the next document).</summary>
    public void Reset() => (_offset, _line, _column) = (0, 1, 1);

    public (int Line, int Column) At(ReadOnlySpan<byte> input, int offset)
    {
        if (offset < _offset)
        {
            (_offset, _line, _column) = (0, 1, 1);
        }

        var span = input[_offset..offset];
        var lastNewline = span.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            _line += span.Count((byte)'\n');
            _column = 1 + CodePoints(span[(lastNewline + 1)..]);
        }
        else
        {
            _column += CodePoints(span);
        }

        _offset = offset;
        return (_line, _column);
    }

    private static int CodePoints(ReadOnlySpan<byte> utf8)
    {
        if (Ascii.IsValid(utf8))
        {
            return utf8.Length;
        }

        var count = 0;
        foreach (var b in utf8)
        {
            // Continuation bytes (10xxxxxx) do not start a code point.
            count += (b & 0xC0) != 0x80 ? 1 : 0;
        }

        return count;
    }
}
