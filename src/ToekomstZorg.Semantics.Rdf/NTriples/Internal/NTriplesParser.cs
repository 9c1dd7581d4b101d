using System.Text;
using ToekomstZorg.Semantics.Rdf.Iris;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.NTriples.Internal;

/// <summary>The RDF 1.1 N-Triples grammar (W3C Recommendation 2014-02-25, §7) over the shared terminal scanner.</summary>
internal sealed class NTriplesParser
{
    private readonly InputBuffer _input;
    private readonly TermArena _arena = new();
    private readonly TermScanner _scanner;
    private readonly ITripleSink _sink;

    private readonly Action<RdfSyntaxException>? _errorHandler;

    public NTriplesParser(InputBuffer input, ITripleSink sink, Action<RdfSyntaxException>? errorHandler = null)
    {
        _input = input;
        _sink = sink;
        _errorHandler = errorHandler;
        _scanner = new TermScanner(input, _arena);
    }

    // [1] ntriplesDoc ::= triple? (EOL triple)* EOL?
    // [7] EOL ::= [#xD#xA]+
    public void ReadNTriplesDoc()
    {
        _input.SkipByteOrderMark();
        var recovering = false;
        while (true)
        {
            try
            {
                if (recovering)
                {
                    recovering = false;
                    _scanner.SkipPastLineEnd();
                }

                _arena.Truncate(0);
                _scanner.SkipWhitespace(lineEnds: true);
                if (_input.Peek() < 0)
                {
                    return;
                }

                ReadTriple();
                _scanner.SkipWhitespace(lineEnds: false);
                var b = _input.Peek();
                if (b >= 0 && b != '\n' && b != '\r')
                {
                    throw _input.Error($"expected the end of the line after '.', found {_input.DescribeNext()}");
                }
            }
            catch (RdfSyntaxException error) when (_errorHandler is not null)
            {
                _errorHandler(error);
                if (_input.HasFailedOnInvalidUtf8)
                {
                    return;
                }

                recovering = true;
            }
        }
    }

    // [2] triple ::= subject predicate object '.'
    private void ReadTriple()
    {
        // [3] subject ::= IRIREF | BLANK_NODE_LABEL
        var subjectPosition = _input.Position;
        var subjectKind = _input.Peek() switch
        {
            '<' => ReadIri(),
            '_' when _input.PeekAt(1) == ':' => ReadBlankNode(),
            _ => throw _input.Error($"expected a subject (an IRI in '<' '>' or a blank node '_:'), found {_input.DescribeNext()}"),
        };
        var subjectEnd = _arena.Length;

        // [4] predicate ::= IRIREF
        _scanner.SkipWhitespace(lineEnds: false);
        if (_input.Peek() != '<')
        {
            throw _input.Error($"expected a predicate (an IRI in '<' '>'), found {_input.DescribeNext()}");
        }

        ReadIri();
        var predicateEnd = _arena.Length;

        // [5] object ::= IRIREF | BLANK_NODE_LABEL | literal
        _scanner.SkipWhitespace(lineEnds: false);
        var objectPosition = _input.Position;
        var objectKind = _input.Peek() switch
        {
            '<' => ReadIri(),
            '_' when _input.PeekAt(1) == ':' => ReadBlankNode(),
            '"' => ReadLiteral(),
            _ => throw _input.Error($"expected an object (an IRI, a blank node or a string in double quotes), found {_input.DescribeNext()}"),
        };
        var objectEnd = _arena.Length;
        var datatypeEnd = _arena.Length;
        var languageStart = _arena.Length;
        var datatypeStart = _arena.Length;

        // [6] literal ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
        if (objectKind == RdfTermKind.Literal)
        {
            if (_input.Peek() == '@')
            {
                _scanner.ReadLanguageTag();
            }
            else if (_input.Peek() == '^')
            {
                _input.Advance();
                if (_input.Peek() != '^' || _input.PeekAt(1) != '<')
                {
                    throw _input.Error($"expected '^^' and a datatype IRI, found {_input.DescribeNext()}");
                }

                _input.Advance();
                ReadIri();
                datatypeEnd = _arena.Length;
                languageStart = _arena.Length;
            }
        }

        _scanner.SkipWhitespace(lineEnds: false);
        if (_input.Peek() != '.')
        {
            throw _input.Error($"expected '.' at the end of the triple, found {_input.DescribeNext()}");
        }

        _input.Advance();
        var subject = new TermRef(subjectKind, _arena.Slice(0, subjectEnd));
        var predicate = new TermRef(RdfTermKind.Iri, _arena.Slice(subjectEnd, predicateEnd - subjectEnd));
        var @object = new TermRef(
            objectKind,
            _arena.Slice(predicateEnd, objectEnd - predicateEnd),
            _arena.Slice(datatypeStart, datatypeEnd - datatypeStart),
            _arena.From(languageStart));
        _sink.Triple(in subject, in predicate, in @object, new TriplePosition(subjectPosition, objectPosition));
    }

    // N-Triples has no base: every IRIREF must be absolute.
    private RdfTermKind ReadIri()
    {
        var position = _input.Position;
        var start = _arena.Length;
        _scanner.ReadIriRef();
        if (!IriResolver.IsAbsolute(_arena.From(start)))
        {
            throw _input.ErrorAt($"expected an absolute IRI, found the relative IRI <{Encoding.UTF8.GetString(_arena.From(start))}>", position);
        }

        return RdfTermKind.Iri;
    }

    private RdfTermKind ReadBlankNode()
    {
        _scanner.ReadBlankNodeLabel(reserveUnderscore: false);
        return RdfTermKind.BlankNode;
    }

    private RdfTermKind ReadLiteral()
    {
        _scanner.ReadString(allowLong: false, allowSingleQuote: false);
        return RdfTermKind.Literal;
    }
}
