using System.Text;
using ToekomstZorg.Semantics.Rdf.Iris;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>Subjects, verbs, objects and the terminals they are made of.</summary>
internal sealed partial class TurtleParser
{
    // [10] subject ::= iri | BlankNode | collection   (collections are handled by ReadTriples)
    private StoredTerm ReadSubject(TextPosition position)
    {
        var start = _arena.Length;
        var b = _input.Peek();
        if (b == '<')
        {
            ReadIri();
            return StoredTerm.InArena(RdfTermKind.Iri, start, _arena.Length - start, position);
        }

        if (b == '_' && _input.PeekAt(1) == ':')
        {
            _scanner.ReadBlankNodeLabel(reserveUnderscore: true);
            return StoredTerm.InArena(RdfTermKind.BlankNode, start, _arena.Length - start, position);
        }

        if (IsNameStart(b))
        {
            if (!ReadPrefixedName())
            {
                throw _input.ErrorAt($"expected a subject, found '{Encoding.UTF8.GetString(_arena.From(start))}'", position);
            }

            return StoredTerm.InArena(RdfTermKind.Iri, start, _arena.Length - start, position);
        }

        throw _input.Error($"expected a subject (an IRI, a prefixed name, a blank node, '[' or '('), found {_input.DescribeNext()}");
    }

    // [9] verb ::= predicate | 'a'
    // [11] predicate ::= iri
    private void ReadVerb(ref ParseFrame frame)
    {
        _scanner.SkipWhitespace();
        _arena.Truncate(frame.SubjectEnd);
        var start = _arena.Length;
        var b = _input.Peek();
        if (b == '<')
        {
            ReadIri();
        }
        else if (IsNameStart(b))
        {
            var position = _input.Position;
            if (!ReadPrefixedName())
            {
                if (!_arena.From(start).SequenceEqual("a"u8))
                {
                    throw _input.ErrorAt($"expected a predicate, found '{Encoding.UTF8.GetString(_arena.From(start))}'", position);
                }

                _arena.Truncate(start);
                frame.Predicate = StoredTerm.Iri(WellKnownIris.RdfType, position);
                frame.State = FrameState.Object;
                return;
            }
        }
        else
        {
            throw _input.Error($"expected a predicate (an IRI, a prefixed name or 'a'), found {_input.DescribeNext()}");
        }

        frame.Predicate = StoredTerm.InArena(RdfTermKind.Iri, start, _arena.Length - start, default);
        frame.State = FrameState.Object;
    }

    // [12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal
    private void ReadObject(ref ParseFrame frame)
    {
        _scanner.SkipWhitespace();
        var position = _input.Position;
        var b = _input.Peek();
        if (b == '[')
        {
            _input.Advance();
            _scanner.SkipWhitespace();
            if (_input.Peek() == ']')
            {
                // [162s] ANON ::= '[' WS* ']'
                _input.Advance();
                DeliverSimple(ref frame, StoredTerm.Generated(++_lastGeneratedId, position));
                return;
            }

            frame.State = frame.Kind == FrameKind.Collection ? FrameState.AwaitingItem : FrameState.AwaitingObject;
            PushBlankNodePropertyList(position);
            return;
        }

        if (b == '(')
        {
            _input.Advance();
            frame.State = frame.Kind == FrameKind.Collection ? FrameState.AwaitingItem : FrameState.AwaitingObject;
            PushCollection(position);
            return;
        }

        var mark = _arena.Length;
        var term = ReadSimpleObject(b, position);
        DeliverSimple(ref frame, in term);
        _arena.Truncate(mark);
    }

    private void DeliverSimple(ref ParseFrame frame, in StoredTerm term)
    {
        if (frame.Kind == FrameKind.Collection)
        {
            AddCollectionItem(ref frame, in term);
            frame.State = FrameState.Item;
        }
        else
        {
            Emit(in frame.Subject, in frame.Predicate, in term);
            frame.State = FrameState.AfterObject;
        }
    }

    private StoredTerm ReadSimpleObject(int b, TextPosition position)
    {
        var start = _arena.Length;
        switch (b)
        {
            case '<':
                ReadIri();
                return StoredTerm.InArena(RdfTermKind.Iri, start, _arena.Length - start, position);
            case '_' when _input.PeekAt(1) == ':':
                _scanner.ReadBlankNodeLabel(reserveUnderscore: true);
                return StoredTerm.InArena(RdfTermKind.BlankNode, start, _arena.Length - start, position);
            case '"' or '\'':
                return ReadRdfLiteral(position);
            case >= '0' and <= '9' or '+' or '-':
                return ReadNumericLiteral(position);
            case '.' when char.IsAsciiDigit((char)_input.PeekAt(1)):
                return ReadNumericLiteral(position);
        }

        if (IsNameStart(b))
        {
            if (ReadPrefixedName())
            {
                return StoredTerm.InArena(RdfTermKind.Iri, start, _arena.Length - start, position);
            }

            // [133s] BooleanLiteral ::= 'true' | 'false'
            var word = _arena.From(start);
            if (word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8))
            {
                var literal = StoredTerm.InArena(RdfTermKind.Literal, start, word.Length, position);
                literal.DatatypeConstant = WellKnownIris.XsdBoolean;
                return literal;
            }

            throw _input.ErrorAt($"expected an object, found '{Encoding.UTF8.GetString(word)}'", position);
        }

        throw _input.Error($"expected an object (an IRI, a prefixed name, a blank node, a literal, '[' or '('), found {_input.DescribeNext()}");
    }

    // [128s] RDFLiteral ::= String (LANGTAG | '^^' iri)?
    private StoredTerm ReadRdfLiteral(TextPosition position)
    {
        var start = _arena.Length;
        _scanner.ReadString(allowLong: true, allowSingleQuote: true);
        var literal = StoredTerm.InArena(RdfTermKind.Literal, start, _arena.Length - start, position);
        var b = _input.Peek();
        if (b == '@')
        {
            literal.LanguageStart = _arena.Length;
            _scanner.ReadLanguageTag();
            literal.LanguageLength = _arena.Length - literal.LanguageStart;
        }
        else if (b == '^')
        {
            _input.Advance();
            if (_input.Peek() != '^')
            {
                throw _input.Error($"expected '^^' before the datatype, found '^' followed by {_input.DescribeNext()}");
            }

            _input.Advance();
            literal.DatatypeStart = _arena.Length;
            var next = _input.Peek();
            if (next == '<')
            {
                ReadIri();
            }
            else if (!IsNameStart(next) || !ReadPrefixedName())
            {
                throw _input.Error($"expected a datatype IRI after '^^', found {(IsNameStart(next) ? "a keyword" : _input.DescribeNext())}");
            }

            literal.DatatypeLength = _arena.Length - literal.DatatypeStart;
        }

        return literal;
    }

    // [16] NumericLiteral ::= INTEGER | DECIMAL | DOUBLE
    // [19] INTEGER ::= [+-]? [0-9]+
    // [20] DECIMAL ::= [+-]? [0-9]* '.' [0-9]+
    // [21] DOUBLE ::= [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)
    // [154s] EXPONENT ::= [eE] [+-]? [0-9]+
    private StoredTerm ReadNumericLiteral(TextPosition position)
    {
        var start = _arena.Length;
        if (_input.Peek() is '+' or '-')
        {
            _arena.Append((byte)_input.Peek());
            _input.Advance();
        }

        var integerDigits = ReadDigits();
        var datatype = WellKnownIris.XsdInteger;
        if (_input.Peek() == '.')
        {
            var next = _input.PeekAt(1);
            if (char.IsAsciiDigit((char)next) || (integerDigits > 0 && next is 'e' or 'E' && IsExponentAt(1)))
            {
                _arena.Append((byte)'.');
                _input.Advance();
                ReadDigits();
                datatype = WellKnownIris.XsdDecimal;
            }
        }

        if (integerDigits == 0 && datatype == WellKnownIris.XsdInteger)
        {
            throw _input.Error($"expected a digit in the number, found {_input.DescribeNext()}");
        }

        if (_input.Peek() is 'e' or 'E')
        {
            if (!IsExponentAt(0))
            {
                _input.Advance();
                throw _input.Error($"expected the digits of the exponent, found {_input.DescribeNext()}");
            }

            _arena.Append((byte)_input.Peek());
            _input.Advance();
            if (_input.Peek() is '+' or '-')
            {
                _arena.Append((byte)_input.Peek());
                _input.Advance();
            }

            ReadDigits();
            datatype = WellKnownIris.XsdDouble;
        }

        var literal = StoredTerm.InArena(RdfTermKind.Literal, start, _arena.Length - start, position);
        literal.DatatypeConstant = datatype;
        return literal;
    }

    private bool IsExponentAt(int distance)
    {
        var next = _input.PeekAt(distance + 1);
        return char.IsAsciiDigit((char)next) || (next is '+' or '-' && char.IsAsciiDigit((char)_input.PeekAt(distance + 2)));
    }

    private int ReadDigits() => _scanner.ReadDigits();

    // [135s] iri ::= IRIREF | PrefixedName ; an IRIREF is resolved against the current base.
    private void ReadIri()
    {
        var start = _arena.Length;
        var position = _input.Position;
        _scanner.ReadIriRef();
        if (IriResolver.IsAbsolute(_arena.From(start)))
        {
            return;
        }

        if (_base.Length == 0)
        {
            throw _input.ErrorAt(
                $"expected an absolute IRI or a base to resolve <{Encoding.UTF8.GetString(_arena.From(start))}> against, found no base (use @base or RdfReaderOptions.BaseIri)",
                position);
        }

        var reference = _arena.From(start);
        var needed = IriResolver.MaxResolvedLength(_base.Length, reference.Length);
        if (_resolveScratch.Length < needed)
        {
            _resolveScratch = new byte[Math.Max(needed, _resolveScratch.Length * 2)];
        }

        var length = IriResolver.Resolve(_base, reference, _resolveScratch);
        _arena.Truncate(start);
        _arena.Append(_resolveScratch.AsSpan(0, length));
    }

    /// <summary>
    /// Reads a prefixed name (true; its expanded IRI is in the arena) or a bare word such as
    /// 'a', 'true' or 'PREFIX' (false; the word is in the arena).
    /// </summary>
    // [136s] PrefixedName ::= PNAME_LN | PNAME_NS
    // [139s] PNAME_NS ::= PN_PREFIX? ':'
    // [140s] PNAME_LN ::= PNAME_NS PN_LOCAL
    // [167s] PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?
    private bool ReadPrefixedName()
    {
        var start = _arena.Length;
        if (_input.Peek() != ':')
        {
            _input.PeekCodePoint(out var length);
            _arena.Append(_input.Available[..length]);
            _input.Advance(length);
            _scanner.ReadNameTail(localName: false);
            if (_input.Peek() != ':')
            {
                return false;
            }
        }

        var prefix = _arena.From(start);
        if (!_prefixes.TryGet(prefix, out var namespaceIri))
        {
            var here = _input.Position;
            var columns = InputBuffer.CountCodePoints(prefix);
            var at = new TextPosition(here.Line, here.Column - columns, here.ByteOffset - prefix.Length);
            throw _input.ErrorAt($"expected a declared prefix, found undefined prefix '{Encoding.UTF8.GetString(prefix)}:'", at);
        }

        _input.Advance();
        _arena.Truncate(start);
        _arena.Append(namespaceIri);
        if (_scanner.TryReadLocalNameStart())
        {
            _scanner.ReadNameTail(localName: true);
        }

        return true;
    }

    private bool IsNameStart(int b) =>
        b == ':' || (b < 0x80 ? char.IsAsciiLetter((char)b) : NameCharacters.IsPnCharsBase(_input.PeekCodePoint(out _)));
}
