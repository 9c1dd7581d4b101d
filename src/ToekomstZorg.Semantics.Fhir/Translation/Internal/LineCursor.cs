namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Turns byte offsets into one-based line and code-point column, counting forward from the last answer: codings are
/// reported in increasing offset order (a coding nested in another coding's extension is the exception, and restarts
/// the count), so a whole resource is scanned about once.
/// </summary>
internal sealed class LineCursor
{
    private int _offset;
    private int _line = 1;
    private int _lineStart;

    public (int Line, int Column) At(ReadOnlySpan<byte> input, int offset)
    {
        if (offset < _offset)
        {
            (_offset, _line, _lineStart) = (0, 1, 0);
        }

        var span = input[_offset..offset];
        var newlines = span.Count((byte)'\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _offset + span.LastIndexOf((byte)'\n') + 1;
        }

        _offset = offset;
        var column = 1;
        foreach (var b in input[_lineStart..offset])
        {
            // Continuation bytes (10xxxxxx) do not start a code point.
            column += (b & 0xC0) != 0x80 ? 1 : 0;
        }

        return (_line, column);
    }
}
