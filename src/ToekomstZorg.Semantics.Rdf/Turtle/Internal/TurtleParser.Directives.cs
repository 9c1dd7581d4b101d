using ToekomstZorg.Semantics.Rdf.Syntax.Internal;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>Statements and directives.</summary>
internal sealed partial class TurtleParser
{
    // [2] statement ::= directive | triples '.'
    // [3] directive ::= prefixID | base | sparqlPrefix | sparqlBase
    private void ReadStatement()
    {
        var b = _input.Peek();
        if (b == '@')
        {
            ReadAtDirective();
        }
        else if (IsSparqlKeyword("PREFIX"u8))
        {
            // [6s] sparqlPrefix ::= "PREFIX" PNAME_NS IRIREF
            _input.Advance(6);
            ReadPrefixId();
        }
        else if (IsSparqlKeyword("BASE"u8))
        {
            // [5s] sparqlBase ::= "BASE" IRIREF
            _input.Advance(4);
            ReadBase();
        }
        else
        {
            ReadTriples();
        }
    }

    // [4] prefixID ::= '@prefix' PNAME_NS IRIREF '.'
    // [5] base ::= '@base' IRIREF '.'
    private void ReadAtDirective()
    {
        var position = _input.Position;
        _input.Advance();
        if (IsWord("prefix"u8, caseInsensitive: false, colonMayFollow: true))
        {
            _input.Advance(6);
            ReadPrefixId();
            ExpectDirectiveDot("@prefix");
        }
        else if (IsWord("base"u8, caseInsensitive: false, colonMayFollow: true))
        {
            _input.Advance(4);
            ReadBase();
            ExpectDirectiveDot("@base");
        }
        else
        {
            throw _input.ErrorAt($"expected @prefix or @base, found '@' followed by {_input.DescribeNext()}", position);
        }
    }

    private void ReadPrefixId()
    {
        _scanner.SkipWhitespace();
        var start = _arena.Length;
        if (_input.Peek() != ':')
        {
            var first = _input.PeekCodePoint(out var length);
            if (!NameCharacters.IsPnCharsBase(first))
            {
                throw _input.Error($"expected a prefix name followed by ':', found {_input.DescribeNext()}");
            }

            _arena.Append(_input.Available[..length]);
            _input.Advance(length);
            _scanner.ReadNameTail(localName: false);
            if (_input.Peek() != ':')
            {
                throw _input.Error($"expected ':' after the prefix name, found {_input.DescribeNext()}");
            }
        }

        _input.Advance();
        var nameEnd = _arena.Length;
        _scanner.SkipWhitespace();
        if (_input.Peek() != '<')
        {
            throw _input.Error($"expected the namespace IRI in '<' '>', found {_input.DescribeNext()}");
        }

        ReadIri();
        var name = _arena.Slice(start, nameEnd - start);
        var namespaceIri = _arena.From(nameEnd);
        _prefixes.Set(name, namespaceIri);
        _sink.Prefix(name, namespaceIri);
        _arena.Truncate(start);
    }

    private void ReadBase()
    {
        _scanner.SkipWhitespace();
        if (_input.Peek() != '<')
        {
            throw _input.Error($"expected the base IRI in '<' '>', found {_input.DescribeNext()}");
        }

        var start = _arena.Length;
        ReadIri();
        _base = _arena.From(start).ToArray();
        _sink.Base(_base);
        _arena.Truncate(start);
    }

    private void ExpectDirectiveDot(string directive)
    {
        _scanner.SkipWhitespace();
        if (_input.Peek() != '.')
        {
            throw _input.Error($"expected '.' after the {directive} directive, found {_input.DescribeNext()}");
        }

        _input.Advance();
    }

    // SPARQL-style keywords are case-insensitive and must not run on into a prefixed name
    // ("PREFIX:x" is one); after "@prefix" a ':' is the empty prefix ("@prefix:<...>." is valid).
    private bool IsSparqlKeyword(ReadOnlySpan<byte> keyword) =>
        (_input.Peek() | 0x20) == (keyword[0] | 0x20) && IsWord(keyword, caseInsensitive: true, colonMayFollow: false);

    private bool IsWord(ReadOnlySpan<byte> word, bool caseInsensitive, bool colonMayFollow)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var b = _input.PeekAt(i);
            if (b != word[i] && !(caseInsensitive && (b | 0x20) == (word[i] | 0x20)))
            {
                return false;
            }
        }

        var after = _input.PeekCodePointAt(word.Length, out _);
        return (colonMayFollow || after != ':') && after != '.' && !NameCharacters.IsPnChars(after);
    }
}
