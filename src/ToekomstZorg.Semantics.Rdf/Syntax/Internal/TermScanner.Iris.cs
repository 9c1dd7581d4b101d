namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>IRIREF and UCHAR.</summary>
internal sealed partial class TermScanner
{
    /// <summary>Reads an IRIREF at the current '&lt;' into the arena, escapes decoded, not yet resolved.</summary>
    // [18] IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    public void ReadIriRef()
    {
        _input.Advance();
        while (true)
        {
            var available = _input.Available;
            var stop = available.IndexOfAny(IriStops);
            if (stop < 0)
            {
                _arena.Append(available);
                _input.Advance(available.Length);
                if (!_input.Fill())
                {
                    throw _input.Error("expected '>' to end the IRI, found end of input");
                }

                continue;
            }

            _arena.Append(available[..stop]);
            _input.Advance(stop);
            var b = available[stop];
            if (b == '>')
            {
                _input.Advance();
                return;
            }

            if (b == '\\')
            {
                _input.Advance();
                if (_input.Peek() is not ('u' or 'U'))
                {
                    throw _input.ErrorAt($"expected \\u or \\U in an IRI, found '\\' followed by {_input.DescribeNext()}", Back(1));
                }

                ReadUchar(inIri: true);
                continue;
            }

            throw _input.Error($"expected '>' or a character allowed in an IRI, found {_input.DescribeNext()}");
        }
    }

    // [26] UCHAR ::= '\u' HEX HEX HEX HEX | '\U' HEX HEX HEX HEX HEX HEX HEX HEX
    // The backslash is consumed; the input is at 'u' or 'U'. Surrogates are not characters, and in an
    // IRI an escape may not smuggle in a character IRIREF excludes.
    private void ReadUchar(bool inIri)
    {
        var digits = _input.Peek() == 'u' ? 4 : 8;
        _input.Advance();
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var hex = NameCharacters.HexValue(_input.Peek());
            if (hex < 0)
            {
                throw _input.Error($"expected {digits} hexadecimal digits in \\{(digits == 4 ? 'u' : 'U')} escape, found {_input.DescribeNext()}");
            }

            value = (value << 4) | hex;
            _input.Advance();
        }

        if (value is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
        {
            throw _input.ErrorAt(
                $"expected an escape of a Unicode scalar value, found U+{value:X4} ({(value > 0x10FFFF ? "beyond U+10FFFF" : "a surrogate")})",
                Back(digits + 2));
        }

        if (inIri && (value <= 0x20 || value is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\'))
        {
            throw _input.ErrorAt(
                $"expected an escaped character allowed in an IRI, found {InputBuffer.DescribeCodePoint(value)}",
                Back(digits + 2));
        }

        _arena.AppendCodePoint(value);
    }
}
