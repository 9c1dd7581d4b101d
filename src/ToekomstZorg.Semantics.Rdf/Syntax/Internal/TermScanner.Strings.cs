namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>String literals, escapes and language tags.</summary>
internal sealed partial class TermScanner
{
    /// <summary>Reads a quoted string at the current quote into the arena (lexical form, escapes decoded).</summary>
    // [22] STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'
    // [23] STRING_LITERAL_SINGLE_QUOTE ::= "'" ([^#x27#x5C#xA#xD] | ECHAR | UCHAR)* "'"
    // [24] STRING_LITERAL_LONG_SINGLE_QUOTE ::= "'''" (("'" | "''")? ([^'\] | ECHAR | UCHAR))* "'''"
    // [25] STRING_LITERAL_LONG_QUOTE ::= '"""' (('"' | '""')? ([^"\] | ECHAR | UCHAR))* '"""'
    public void ReadString(bool allowLong, bool allowSingleQuote)
    {
        var quote = (byte)_input.Peek();
        if (quote == '\'' && !allowSingleQuote)
        {
            throw _input.Error($"expected a string in double quotes, found {_input.DescribeNext()}");
        }

        if (_input.PeekAt(1) == quote && _input.PeekAt(2) == quote)
        {
            if (!allowLong)
            {
                // Two quotes are the empty string; a third would open a long string, which N-Triples lacks.
                _input.Advance(2);
                throw _input.Error($"expected white space after the empty string, found {_input.DescribeNext()} (long strings are not N-Triples)");
            }

            var start = _input.Position;
            _input.Advance(3);
            ReadLongStringBody(quote, start);
        }
        else
        {
            _input.Advance();
            ReadShortStringBody(quote);
        }
    }

    // [144s] LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    public void ReadLanguageTag()
    {
        _input.Advance();
        if (ReadRun(Letters) == 0)
        {
            throw _input.Error($"expected a language tag after '@', found {_input.DescribeNext()}");
        }

        while (_input.Peek() == '-')
        {
            _input.Advance();
            _arena.Append((byte)'-');
            if (ReadRun(LettersAndDigits) == 0)
            {
                throw _input.Error($"expected a letter or digit after '-' in the language tag, found {_input.DescribeNext()}");
            }
        }
    }

    private void ReadShortStringBody(byte quote)
    {
        var stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        while (true)
        {
            var available = _input.Available;
            var stop = available.IndexOfAny(stops);
            if (stop < 0)
            {
                _arena.Append(available);
                _input.Advance(available.Length);
                if (!_input.Fill())
                {
                    throw _input.Error($"expected {(char)quote} to end the string, found end of input");
                }

                continue;
            }

            _arena.Append(available[..stop]);
            _input.Advance(stop);
            var b = available[stop];
            if (b == quote)
            {
                _input.Advance();
                return;
            }

            if (b == '\\')
            {
                ReadEscape();
                continue;
            }

            throw _input.Error($"expected {(char)quote} to end the string before the end of the line, found {_input.DescribeNext()}");
        }
    }

    private void ReadLongStringBody(byte quote, TextPosition start)
    {
        var stops = quote == '"' ? LongDoubleQuoteStops : LongSingleQuoteStops;
        while (true)
        {
            var available = _input.Available;
            var stop = available.IndexOfAny(stops);
            if (stop < 0)
            {
                _arena.Append(available);
                _input.Advance(available.Length);
                if (!_input.Fill())
                {
                    var q = (char)quote;
                    throw _input.Error($"expected {q}{q}{q} to end the long string that starts at {start}, found end of input");
                }

                continue;
            }

            _arena.Append(available[..stop]);
            _input.Advance(stop);
            if (available[stop] == '\\')
            {
                ReadEscape();
                continue;
            }

            if (_input.PeekAt(1) == quote && _input.PeekAt(2) == quote)
            {
                _input.Advance(3);
                return;
            }

            _arena.Append(quote);
            _input.Advance();
        }
    }

    // [159s] ECHAR ::= '\' [tbnrf"'\]
    private void ReadEscape()
    {
        _input.Advance();
        byte decoded;
        switch (_input.Peek())
        {
            case 't': decoded = (byte)'\t'; break;
            case 'b': decoded = (byte)'\b'; break;
            case 'n': decoded = (byte)'\n'; break;
            case 'r': decoded = (byte)'\r'; break;
            case 'f': decoded = (byte)'\f'; break;
            case '"': decoded = (byte)'"'; break;
            case '\'': decoded = (byte)'\''; break;
            case '\\': decoded = (byte)'\\'; break;
            case 'u':
            case 'U':
                ReadUchar(inIri: false);
                return;
            default:
                throw _input.ErrorAt(
                    $"expected an escape (\\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U) after '\\', found {_input.DescribeNext()}",
                    Back(1));
        }

        _arena.Append(decoded);
        _input.Advance();
    }

    // The position `bytes` ASCII bytes back on the current line (escapes never span lines).
    private TextPosition Back(int bytes)
    {
        var here = _input.Position;
        return new TextPosition(here.Line, here.Column - bytes, here.ByteOffset - bytes);
    }
}
