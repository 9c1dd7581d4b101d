using System.Buffers;

namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>Names: blank-node labels and the shared tail of prefixes and local names.</summary>
internal sealed partial class TermScanner
{
    private static readonly SearchValues<byte> AsciiPnChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"u8);

    /// <summary>Reads a blank-node label at the current "_:" into the arena (without "_:").</summary>
    /// <param name="reserveUnderscore">Double a leading '_' so labels of the form "_&lt;digits&gt;" stay free for generated nodes.</param>
    // [141s] BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    public void ReadBlankNodeLabel(bool reserveUnderscore)
    {
        _input.Advance(2);
        var first = _input.PeekCodePoint(out var length);
        if (!NameCharacters.IsPnCharsU(first) && !char.IsAsciiDigit((char)first))
        {
            throw _input.Error($"expected a blank node label after '_:', found {InputBuffer.DescribeCodePoint(first)}");
        }

        if (reserveUnderscore && first == '_')
        {
            _arena.Append((byte)'_');
        }

        _arena.Append(_input.Available[..length]);
        _input.Advance(length);
        ReadNameTail(localName: false);
    }

    /// <summary>
    /// Reads the rest of a name: <c>(PN_CHARS | '.')*</c> not ending in '.', and for a local name also
    /// ':' and PLX (percent encodings kept, PN_LOCAL_ESC backslashes dropped). Trailing dots stay unread.
    /// </summary>
    // [168s] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
    public void ReadNameTail(bool localName)
    {
        while (true)
        {
            var available = _input.Available;
            var run = available.IndexOfAnyExcept(AsciiPnChars);
            if (run < 0)
            {
                _arena.Append(available);
                _input.Advance(available.Length);
                if (!_input.Fill())
                {
                    return;
                }

                continue;
            }

            _arena.Append(available[..run]);
            _input.Advance(run);
            var b = available[run];
            if (b == '.')
            {
                var dots = 1;
                while (_input.PeekAt(dots) == '.')
                {
                    dots++;
                }

                if (!ContinuesName(dots, localName))
                {
                    return;
                }

                for (var i = 0; i < dots; i++)
                {
                    _arena.Append((byte)'.');
                }

                _input.Advance(dots);
            }
            else if (localName && b == ':')
            {
                _arena.Append(b);
                _input.Advance();
            }
            else if (localName && b == '%')
            {
                ReadPercent();
            }
            else if (localName && b == '\\')
            {
                ReadLocalEscape();
            }
            else if (b >= 0x80)
            {
                var cp = _input.PeekCodePoint(out var length);
                if (!NameCharacters.IsPnChars(cp))
                {
                    return;
                }

                _arena.Append(_input.Available[..length]);
                _input.Advance(length);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads the first character of a local name, if there is one; false when the local name is empty.</summary>
    public bool TryReadLocalNameStart()
    {
        var b = _input.Peek();
        if (b == '%')
        {
            ReadPercent();
            return true;
        }

        if (b == '\\')
        {
            ReadLocalEscape();
            return true;
        }

        var cp = _input.PeekCodePoint(out var length);
        if (NameCharacters.IsPnCharsU(cp) || cp == ':' || char.IsAsciiDigit((char)cp))
        {
            _arena.Append(_input.Available[..length]);
            _input.Advance(length);
            return true;
        }

        return false;
    }

    private bool ContinuesName(int distance, bool localName)
    {
        var cp = _input.PeekCodePointAt(distance, out _);
        return NameCharacters.IsPnChars(cp) || (localName && cp is ':' or '%' or '\\');
    }

    // [170s] PERCENT ::= '%' HEX HEX  (kept as written: the IRI contains the percent encoding)
    private void ReadPercent()
    {
        if (NameCharacters.HexValue(_input.PeekAt(1)) < 0 || NameCharacters.HexValue(_input.PeekAt(2)) < 0)
        {
            _input.Advance();
            throw _input.Error($"expected two hexadecimal digits after '%', found {DescribeTwo()}");
        }

        _arena.Append(_input.Available[..3]);
        _input.Advance(3);
    }

    // [172s] PN_LOCAL_ESC ::= '\' ('_' | '~' | '.' | '-' | '!' | '$' | '&' | "'" | '(' | ')' | '*' | '+' | ','
    //   | ';' | '=' | '/' | '?' | '#' | '@' | '%')
    private void ReadLocalEscape()
    {
        _input.Advance();
        var b = _input.Peek();
        if (b is not ('_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ','
            or ';' or '=' or '/' or '?' or '#' or '@' or '%'))
        {
            throw _input.ErrorAt($"expected one of _~.-!$&'()*+,;=/?#@% after '\\' in a local name, found {_input.DescribeNext()}", Back(1));
        }

        _arena.Append((byte)b);
        _input.Advance();
    }

    private string DescribeTwo()
    {
        var first = _input.Peek();
        return first < 0 || NameCharacters.HexValue(first) < 0
            ? _input.DescribeNext()
            : InputBuffer.DescribeCodePoint(_input.PeekCodePointAt(1, out _));
    }
}
