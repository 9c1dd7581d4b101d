using System.Globalization;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

/// <summary>
/// Writes a random Turtle document together with the triples it must mean, built independently of the
/// reader: nested property lists and collections, every string form and escape, prefixed names with
/// escapes, numbers, comments and odd white space.
/// </summary>
internal sealed class RandomTurtleDocument
{
    private const string Ns = "http://example.org/ns/";
    private static readonly string[] Alphabet = ["a", "b", "Z", " ", "\"", "'", "\\", "\n", "\r", "\t", "é", "😀", "ñ", "#", "@", "^", "<", ">"];

    private readonly Random _random;
    private readonly StringBuilder _text = new();
    private readonly List<Triple> _triples = [];
    private int _fresh;

    private RandomTurtleDocument(int seed) => _random = new Random(seed);

    public string Text => _text.ToString();

    public IReadOnlyList<Triple> Triples => _triples;

    public static RandomTurtleDocument Create(int seed, int statements)
    {
        var document = new RandomTurtleDocument(seed);
        document._text.Append("@prefix ex: <").Append(Ns).Append("> .\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n");
        for (var i = 0; i < statements; i++)
        {
            document.WriteStatement();
        }

        return document;
    }

    private void WriteStatement()
    {
        RdfTerm subject;
        switch (_random.Next(4))
        {
            case 0:
                subject = WritePropertyList(depth: 1);
                if (_random.Next(2) == 0)
                {
                    Space();
                    _text.Append(" .");
                    Space();
                    return;
                }

                break;
            case 1:
                subject = WriteCollection(depth: 1);
                break;
            case 2:
                subject = new BlankNode("b" + _random.Next(5));
                _text.Append("_:").Append(((BlankNode)subject).Label);
                break;
            default:
                subject = WriteIri();
                break;
        }

        Space();
        WritePredicateObjectList(subject, depth: 1);
        Space();
        _text.Append('.');
        Space();
    }

    private void WritePredicateObjectList(RdfTerm subject, int depth)
    {
        var predicates = 1 + _random.Next(3);
        for (var i = 0; i < predicates; i++)
        {
            string written;
            Iri predicate;
            if (_random.Next(5) == 0)
            {
                predicate = Vocab.RdfType;
                written = "a";
            }
            else
            {
                predicate = WriteIriLater(out written);
            }

            _text.Append(' ').Append(written);
            var objects = 1 + _random.Next(3);
            for (var j = 0; j < objects; j++)
            {
                _text.Append(j == 0 ? " " : " ,");
                Space();
                _triples.Add(new Triple(subject, predicate, WriteObject(depth)));
            }

            Space();
            _text.Append(i < predicates - 1 || _random.Next(4) == 0 ? " ;" : string.Empty);
            Space();
        }
    }

    private RdfTerm WriteObject(int depth)
    {
        var choice = _random.Next(depth > 4 ? 6 : 9);
        switch (choice)
        {
            case 0: return WriteIri();
            case 1: return WriteString();
            case 2: return WriteNumber();
            case 3:
                var label = new BlankNode("b" + _random.Next(5));
                _text.Append("_:").Append(label.Label);
                return label;
            case 4:
                var boolean = _random.Next(2) == 0 ? "true" : "false";
                _text.Append(boolean);
                return new Literal(boolean, Vocab.XsdBoolean);
            case 5:
                _text.Append(_random.Next(2) == 0 ? "[]" : "[ \n ]");
                return new BlankNode("g" + _fresh++);
            case 6:
            case 7: return WritePropertyList(depth + 1);
            default: return WriteCollection(depth + 1);
        }
    }

    private BlankNode WritePropertyList(int depth)
    {
        var node = new BlankNode("g" + _fresh++);
        _text.Append('[');
        WritePredicateObjectList(node, depth);
        _text.Append(']');
        return node;
    }

    private RdfTerm WriteCollection(int depth)
    {
        _text.Append('(');
        var items = _random.Next(4);
        RdfTerm head = Vocab.RdfNil;
        BlankNode? previous = null;
        for (var i = 0; i < items; i++)
        {
            Space();
            _text.Append(' ');
            var cell = new BlankNode("g" + _fresh++);
            var item = WriteObject(depth);
            _triples.Add(new Triple(cell, Vocab.RdfFirst, item));
            if (previous is null)
            {
                head = cell;
            }
            else
            {
                _triples.Add(new Triple(previous, Vocab.RdfRest, cell));
            }

            previous = cell;
        }

        if (previous is not null)
        {
            _triples.Add(new Triple(previous, Vocab.RdfRest, Vocab.RdfNil));
        }

        Space();
        _text.Append(" )");
        return head;
    }

    private Iri WriteIri()
    {
        var iri = WriteIriLater(out var written);
        _text.Append(written);
        return iri;
    }

    private Iri WriteIriLater(out string written)
    {
        var n = _random.Next(1000).ToString(CultureInfo.InvariantCulture);
        switch (_random.Next(4))
        {
            case 0:
                written = $"<{Ns}full{n}>";
                return new Iri(Ns + "full" + n);
            case 1:
                written = $"ex:a\\-b\\.c.{n}";
                return new Iri(Ns + "a-b.c." + n);
            case 2:
                written = $"ex:%20é{n}:x";
                return new Iri(Ns + "%20é" + n + ":x");
            default:
                written = $"<http://example.org/\\u00E9\\U0001F600{n}>";
                return new Iri("http://example.org/é😀" + n);
        }
    }

    private Literal WriteString()
    {
        var value = new StringBuilder();
        var length = _random.Next(12);
        for (var i = 0; i < length; i++)
        {
            value.Append(Alphabet[_random.Next(Alphabet.Length)]);
        }

        var lexical = value.ToString();
        var form = _random.Next(4);
        var quote = form % 2 == 0 ? '"' : '\'';
        var isLong = form >= 2;
        var delimiter = isLong ? new string(quote, 3) : quote.ToString();
        _text.Append(delimiter);
        foreach (var rune in lexical.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == '\\' || c == quote || (!isLong && c is '\n' or '\r'))
            {
                _text.Append(c switch { '\n' => "\\n", '\r' => "\\r", _ => "\\" + (char)c });
            }
            else if (_random.Next(6) == 0)
            {
                _text.Append(c > 0xFFFF ? $"\\U{c:X8}" : $"\\u{c:X4}");
            }
            else
            {
                _text.Append(rune.ToString());
            }
        }

        _text.Append(delimiter);
        switch (_random.Next(3))
        {
            case 0:
                _text.Append("@nl-BE");
                return new Literal(lexical, language: "nl-BE");
            case 1:
                _text.Append(_random.Next(2) == 0 ? "^^xsd:token" : "^^<http://www.w3.org/2001/XMLSchema#token>");
                return new Literal(lexical, new Iri(Vocab.Xsd + "token"));
            default:
                return new Literal(lexical);
        }
    }

    private Literal WriteNumber()
    {
        var (text, datatype) = _random.Next(5) switch
        {
            0 => ("-" + _random.Next(100), Vocab.XsdInteger),
            1 => ("+" + _random.Next(100) + "." + _random.Next(100), Vocab.XsdDecimal),
            2 => ("." + _random.Next(100), Vocab.XsdDecimal),
            3 => (_random.Next(100) + ".E-" + _random.Next(9), Vocab.XsdDouble),
            _ => (_random.Next(100) + "e" + _random.Next(9), Vocab.XsdDouble),
        };
        _text.Append(text);
        return new Literal(text, datatype);
    }

    // Separators: any mix of white space and comments (a comment always ends with a line feed).
    private void Space()
    {
        switch (_random.Next(6))
        {
            case 0: _text.Append(" # comment \"x\" ;.[(\n"); break;
            case 1: _text.Append("\r\n\t"); break;
            case 2: _text.Append("  "); break;
            default: _text.Append(' '); break;
        }
    }
}
