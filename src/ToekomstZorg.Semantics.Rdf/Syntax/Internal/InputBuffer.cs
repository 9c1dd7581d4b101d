using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>
/// UTF-8 input for the readers: a pooled page buffer over a <see cref="Stream"/> with lookahead,
/// validated UTF-8 and lazily computed positions.
/// </summary>
/// <remarks>
/// Invariants: bytes in <c>[_pos, _end)</c> are valid UTF-8 ending on a sequence boundary, so the
/// grammar never sees a broken sequence; the first invalid byte stops <c>_end</c> and is reported
/// when the grammar asks for it. Tokens are copied out as they are scanned, so the buffer never has
/// to hold a whole token and a 10 MB line streams through a 64 KB page. Line and column are not
/// tracked per byte: <see cref="Position"/> counts line feeds and code points since the last call
/// with vectorised span operations, and the page is only compacted after such a catch-up.
/// </remarks>
internal sealed class InputBuffer : IDisposable
{
    private const int PageSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly string? _sourceName;
    private byte[] _buffer;
    private int _pos;
    private int _end;
    private int _rawEnd;
    private bool _streamDone;
    private long _bufferOffset;
    private long _invalidOffset = -1;

    // Position bookkeeping: line and column are known exactly at buffer index _checkpoint.
    private int _checkpoint;
    private int _line = 1;
    private int _column = 1;
    private bool _afterCarriageReturn;

    /// <summary>Reads from a stream through a pooled 64 KB page.</summary>
    public InputBuffer(Stream stream, string? sourceName)
    {
        _stream = stream;
        _sourceName = sourceName;
        _buffer = ArrayPool<byte>.Shared.Rent(PageSize);
    }

    /// <summary>True once invalid UTF-8 has been reported: nothing after it can be read.</summary>
    public bool HasFailedOnInvalidUtf8 { get; private set; }

    /// <summary>The name errors are reported under.</summary>
    public string? SourceName => _sourceName;

    /// <summary>The validated bytes from the current position on (may be empty before a <see cref="Fill"/>).</summary>
    public ReadOnlySpan<byte> Available => new(_buffer, _pos, _end - _pos);

    /// <summary>The absolute byte offset of the current position.</summary>
    public long Offset => _bufferOffset + _pos;

    /// <summary>The exact position (line, column in code points, byte offset) of the next byte.</summary>
    public TextPosition Position
    {
        get
        {
            CatchUp();
            return new TextPosition(_line, _column, _bufferOffset + _pos);
        }
    }

    /// <summary>The next byte, or -1 at the end of the input.</summary>
    public int Peek() => _pos < _end ? _buffer[_pos] : PeekSlow(0);

    /// <summary>The byte <paramref name="distance"/> positions ahead, or -1 past the end of the input.</summary>
    public int PeekAt(int distance) => _pos + distance < _end ? _buffer[_pos + distance] : PeekSlow(distance);

    /// <summary>Consumes <paramref name="count"/> bytes that were peeked or are in <see cref="Available"/>.</summary>
    public void Advance(int count = 1) => _pos += count;

    /// <summary>
    /// Makes at least <paramref name="count"/> bytes available; false when the input ends first.
    /// Throws when the bytes needed start with invalid UTF-8. Spans from <see cref="Available"/>
    /// taken before the call are stale after it.
    /// </summary>
    public bool Fill(int count = 1)
    {
        while (_end - _pos < count)
        {
            if (_invalidOffset >= 0)
            {
                ThrowInvalidUtf8();
            }

            if (_streamDone)
            {
                return false;
            }

            Compact(count);
            var read = _stream.Read(_buffer, _rawEnd, _buffer.Length - _rawEnd);
            if (read == 0)
            {
                _streamDone = true;
            }
            else
            {
                _rawEnd += read;
            }

            Validate();
        }

        return true;
    }

    /// <summary>
    /// Skips a UTF-8 byte order mark at the very start, as serd and raptor do: editors on Windows
    /// write one, and it is not content. It counts in byte offsets but not in columns.
    /// </summary>
    public void SkipByteOrderMark()
    {
        if (Offset == 0 && PeekAt(0) == 0xEF && PeekAt(1) == 0xBB && PeekAt(2) == 0xBF)
        {
            _pos += 3;
            _checkpoint = _pos;
        }
    }

    /// <summary>Decodes the code point at the current position; -1 at the end of the input.</summary>
    public int PeekCodePoint(out int byteCount) => PeekCodePointAt(0, out byteCount);

    /// <summary>Decodes the code point starting <paramref name="distance"/> bytes ahead; -1 past the end.</summary>
    public int PeekCodePointAt(int distance, out int byteCount)
    {
        var first = PeekAt(distance);
        if (first < 0x80)
        {
            byteCount = first < 0 ? 0 : 1;
            return first;
        }

        Fill(distance + (first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2));
        Rune.DecodeFromUtf8(_buffer.AsSpan(_pos + distance, _end - _pos - distance), out var rune, out byteCount);
        return rune.Value;
    }

    /// <summary>Creates a syntax error at the current position.</summary>
    public RdfSyntaxException Error(string description) => new(description, Position, _sourceName);

    /// <summary>Creates a syntax error at an earlier position.</summary>
    public RdfSyntaxException ErrorAt(string description, TextPosition position) => new(description, position, _sourceName);

    /// <summary>Describes the next character for "found ..." in error messages.</summary>
    public string DescribeNext()
    {
        var cp = PeekCodePoint(out _);
        return DescribeCodePoint(cp);
    }

    /// <summary>Describes one code point (or -1 for the end of the input) for error messages.</summary>
    public static string DescribeCodePoint(int codePoint) => codePoint switch
    {
        -1 => "end of input",
        ' ' => "a space",
        '\t' => "a tab",
        '\n' => "a line feed",
        '\r' => "a carriage return",
        < 0x20 or 0x7F => $"U+{codePoint:X4}",
        < 0x7F => $"'{(char)codePoint}'",
        _ => $"'{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4})",
    };

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _pos = _end = _rawEnd = 0;
        }
    }

    private int PeekSlow(int distance) => Fill(distance + 1) ? _buffer[_pos + distance] : -1;

    // Brings line/column from _checkpoint up to _pos. A line ends at LF, CRLF or a lone CR (a CRLF cut
    // between two catch-ups counts once); columns count code points.
    private void CatchUp()
    {
        if (_checkpoint == _pos)
        {
            return;
        }

        var region = new ReadOnlySpan<byte>(_buffer, _checkpoint, _pos - _checkpoint);
        var lastBreak = region.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (lastBreak >= 0)
        {
            var breaks = region.Count((byte)'\n') + region.Count((byte)'\r') - region.Count("\r\n"u8);
            if (_afterCarriageReturn && region[0] == '\n')
            {
                breaks--;
            }

            _line += breaks;
            _column = 1;
            _afterCarriageReturn = region[^1] == '\r';
            region = region[(lastBreak + 1)..];
        }
        else
        {
            _afterCarriageReturn = false;
        }

        _column += CountCodePoints(region);
        _checkpoint = _pos;
    }

    /// <summary>The number of code points in valid UTF-8.</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> validUtf8)
    {
        if (Ascii.IsValid(validUtf8))
        {
            return validUtf8.Length;
        }

        var count = 0;
        foreach (var b in validUtf8)
        {
            // Every byte except a continuation byte (10xxxxxx) starts a code point.
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private void Compact(int count)
    {
        CatchUp();
        if (_pos > 0)
        {
            var keep = _rawEnd - _pos;
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, keep);
            _bufferOffset += _pos;
            _end -= _pos;
            _rawEnd = keep;
            _checkpoint = 0;
            _pos = 0;
        }

        if (_buffer.Length - _rawEnd < Math.Max(count, PageSize / 4))
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, count + PageSize));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _rawEnd);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    // Extends _end over newly read bytes that are valid UTF-8. A sequence cut by the page end
    // waits for the next read; at the end of the stream it is invalid.
    private void Validate()
    {
        var stop = _rawEnd;
        if (!_streamDone)
        {
            stop -= IncompleteTailLength(_buffer.AsSpan(_end, _rawEnd - _end));
        }

        var fresh = _buffer.AsSpan(_end, stop - _end);
        if (Utf8.IsValid(fresh))
        {
            _end = stop;
            return;
        }

        var index = 0;
        while (Rune.DecodeFromUtf8(fresh[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        _end += index;
        _invalidOffset = _bufferOffset + _end;
    }

    private static int IncompleteTailLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }

    private void ThrowInvalidUtf8()
    {
        HasFailedOnInvalidUtf8 = true;
        _pos = _end;
        var bad = _buffer[_end];
        throw Error($"expected valid UTF-8, found byte 0x{bad:X2} at byte offset {_invalidOffset} that does not start or continue a valid sequence");
    }
}
