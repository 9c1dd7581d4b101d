using System.Buffers;

namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>
/// The terminals Turtle and N-Triples share (IRIREF, string literals, LANGTAG, BLANK_NODE_LABEL,
/// white space and comments), scanned from an <see cref="InputBuffer"/> with escapes decoded
/// straight into a <see cref="TermArena"/>. Bulk runs are found with vectorised searches.
/// </summary>
internal sealed partial class TermScanner
{
    // IRIREF excludes #x00-#x20 < > " { } | ^ ` \ ; the backslash starts a UCHAR.
    private static readonly SearchValues<byte> IriStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x21).Select(b => (byte)b), .. "<>\"{}|^`\\"u8]);

    private static readonly SearchValues<byte> DoubleQuoteStops = SearchValues.Create("\"\\\n\r"u8);
    private static readonly SearchValues<byte> SingleQuoteStops = SearchValues.Create("'\\\n\r"u8);
    private static readonly SearchValues<byte> LongDoubleQuoteStops = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> LongSingleQuoteStops = SearchValues.Create("'\\"u8);

    private static readonly SearchValues<byte> Digits = SearchValues.Create("0123456789"u8);
    private static readonly SearchValues<byte> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);
    private static readonly SearchValues<byte> LettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"u8);

    private readonly InputBuffer _input;
    private readonly TermArena _arena;

    public TermScanner(InputBuffer input, TermArena arena)
    {
        _input = input;
        _arena = arena;
    }

    /// <summary>Skips white space and comments; line ends too unless <paramref name="lineEnds"/> is false.</summary>
    // [161s] WS ::= #x20 | #x9 | #xD | #xA ; a comment runs from '#' to the end of the line.
    public void SkipWhitespace(bool lineEnds = true)
    {
        var inComment = false;
        while (true)
        {
            var available = _input.Available;
            var i = 0;
            while (i < available.Length)
            {
                if (inComment)
                {
                    var end = available[i..].IndexOfAny((byte)'\n', (byte)'\r');
                    if (end < 0)
                    {
                        i = available.Length;
                        break;
                    }

                    i += end;
                    inComment = false;
                    continue;
                }

                var b = available[i];
                if (b == ' ' || b == '\t' || (lineEnds && (b == '\n' || b == '\r')))
                {
                    i++;
                }
                else if (b == '#')
                {
                    inComment = true;
                    i++;
                }
                else
                {
                    _input.Advance(i);
                    return;
                }
            }

            _input.Advance(i);
            if (!_input.Fill())
            {
                return;
            }
        }
    }

    /// <summary>Copies a run of ASCII digits into the arena; returns how many.</summary>
    public int ReadDigits() => ReadRun(Digits);

    // Copies the longest run of bytes from `allowed` into the arena, across pages.
    private int ReadRun(SearchValues<byte> allowed)
    {
        var count = 0;
        while (true)
        {
            var available = _input.Available;
            var end = available.IndexOfAnyExcept(allowed);
            var run = end < 0 ? available.Length : end;
            _arena.Append(available[..run]);
            _input.Advance(run);
            count += run;
            if (end >= 0 || !_input.Fill())
            {
                return count;
            }
        }
    }

    /// <summary>
    /// Error recovery: skips to just after the next '.' that is followed by white space, a comment or
    /// the end of the input (the likely end of a statement), or to the end of the input.
    /// </summary>
    public void SkipPastStatementEnd()
    {
        while (true)
        {
            var available = _input.Available;
            var dot = available.IndexOf((byte)'.');
            if (dot < 0)
            {
                _input.Advance(available.Length);
                if (!_input.Fill())
                {
                    return;
                }

                continue;
            }

            _input.Advance(dot + 1);
            if (_input.Peek() is -1 or ' ' or '\t' or '\n' or '\r' or '#')
            {
                return;
            }
        }
    }

    /// <summary>Error recovery: skips to the start of the next line, or to the end of the input.</summary>
    public void SkipPastLineEnd()
    {
        while (true)
        {
            var available = _input.Available;
            var end = available.IndexOfAny((byte)'\n', (byte)'\r');
            if (end >= 0)
            {
                _input.Advance(end + 1);
                return;
            }

            _input.Advance(available.Length);
            if (!_input.Fill())
            {
                return;
            }
        }
    }
}
