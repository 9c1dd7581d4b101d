using System.Text;
using System.Text.RegularExpressions;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// Spells IRIs and literals in Turtle: prefixed names where a declared namespace gives a valid local
/// part, numeric and boolean shorthands where the lexical form is exactly the Turtle token, long
/// strings for text with line breaks. Records which prefixes it used.
/// </summary>
internal sealed partial class TurtleTermFormatter
{
    private readonly List<KeyValuePair<string, string>> _namespaces;
    private readonly SortedDictionary<string, string> _usedPrefixes = new(StringComparer.Ordinal);

    public TurtleTermFormatter(IEnumerable<KeyValuePair<string, string>> namespaces)
    {
        // Longest namespace first, so the most specific one wins; then by prefix for a stable choice.
        _namespaces = namespaces
            .Where(ns => TurtleNames.IsValidPrefix(ns.Key) && ns.Value.Length > 0)
            .OrderByDescending(ns => ns.Value.Length)
            .ThenBy(ns => ns.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The prefixes used so far, by prefix name.</summary>
    public IEnumerable<KeyValuePair<string, string>> UsedPrefixes => _usedPrefixes;

    /// <summary>Turtle [135s] iri ::= IRIREF | PrefixedName.</summary>
    public string FormatIri(string iri)
    {
        foreach (var (prefix, ns) in _namespaces)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && TurtleNames.IsValidLocalName(iri.AsSpan(ns.Length)))
            {
                _usedPrefixes[prefix] = ns;
                return string.Concat(prefix, ":", iri.AsSpan(ns.Length));
            }
        }

        return NTriplesFormat.FormatIri(iri);
    }

    /// <summary>Turtle [13] literal ::= RDFLiteral | NumericLiteral | BooleanLiteral.</summary>
    public string FormatLiteral(Literal literal)
    {
        if (literal.Language is null && IsShorthand(literal))
        {
            return literal.LexicalForm;
        }

        var sb = new StringBuilder(literal.LexicalForm.Length + 16);
        if (literal.LexicalForm.AsSpan().ContainsAny('\n', '\r'))
        {
            AppendLongString(sb, literal.LexicalForm);
        }
        else
        {
            sb.Append('"');
            NTriplesFormat.AppendEscapedLexicalForm(sb, literal.LexicalForm);
            sb.Append('"');
        }

        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
        }
        else if (!NTriplesFormat.IsXsdString(literal.Datatype))
        {
            sb.Append("^^").Append(FormatIri(literal.Datatype.Value));
        }

        return sb.ToString();
    }

    // Turtle [20] STRING_LITERAL_LONG_QUOTE ::= '"""' (('"' | '""')? ([^"\] | ECHAR | UCHAR))* '"""'.
    // Line feeds stay as they are (that is the point); a quote is escaped when another quote follows it or
    // it is the last character, so no run of three and no quote touching the closing delimiter; CR and the
    // other controls keep their canonical escapes so the text survives any line-ending conversion.
    private static void AppendLongString(StringBuilder sb, string value)
    {
        sb.Append("\"\"\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                sb.Append('\n');
            }
            else if (c == '"')
            {
                sb.Append(i + 1 == value.Length || value[i + 1] == '"' ? "\\\"" : "\"");
            }
            else
            {
                var escape = NTriplesFormat.LiteralEscape(c);
                if (escape == 0)
                {
                    sb.Append(c);
                }
                else if (escape == 'u')
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append('\\').Append((char)escape);
                }
            }
        }

        sb.Append("\"\"\"");
    }

    // Turtle [16] NumericLiteral and [133s] BooleanLiteral: the shorthand stands for exactly its own
    // lexical form with the datatype, so it is only used when the lexical form is that token.
    private static bool IsShorthand(Literal literal) => literal.Datatype.Value switch
    {
        Vocab.Xsd + "integer" => IntegerToken().IsMatch(literal.LexicalForm),
        Vocab.Xsd + "decimal" => DecimalToken().IsMatch(literal.LexicalForm),
        Vocab.Xsd + "double" => DoubleToken().IsMatch(literal.LexicalForm),
        Vocab.Xsd + "boolean" => literal.LexicalForm is "true" or "false",
        _ => false,
    };

    // Turtle [19] INTEGER ::= [+-]? [0-9]+
    [GeneratedRegex("^[+-]?[0-9]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerToken();

    // Turtle [20] DECIMAL ::= [+-]? [0-9]* '.' [0-9]+
    [GeneratedRegex("^[+-]?[0-9]*\\.[0-9]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalToken();

    // Turtle [21] DOUBLE ::= [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)
    [GeneratedRegex("^[+-]?([0-9]+\\.[0-9]*[eE][+-]?[0-9]+|\\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleToken();
}
