using System.Buffers;
using System.Text;

namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>
/// The one definition of canonical N-Triples escaping. <c>ToString</c> of terms uses the string
/// methods here; <see cref="NTriples.NTriplesWriter"/> and the Turtle writer use the same tables on
/// UTF-8 bytes, so a term prints the same way whichever path writes it.
/// </summary>
internal static class NTriplesFormat
{
    // RDF 1.2 N-Triples §4 (canonical form): in STRING_LITERAL_QUOTE, ECHAR for \b \t \n \f \r \" \\,
    // UCHAR with upper-case hex for the remaining C0 controls and DEL, every other character as itself.
    // Indexed by an ASCII code: 0 = written as itself, 'u' = UCHAR, anything else = the ECHAR letter.
    private static readonly byte[] LiteralEscapeTable = BuildLiteralEscapeTable();

    /// <summary>The bytes of a lexical form that <see cref="LiteralEscape"/> does not write as themselves.</summary>
    public static readonly SearchValues<byte> LiteralBytesToEscape = SearchValues.Create(BytesWhere(b => LiteralEscape(b) != 0));

    /// <summary>The bytes of an IRI that <see cref="IriNeedsEscape"/> writes as UCHAR.</summary>
    public static readonly SearchValues<byte> IriBytesToEscape = SearchValues.Create(BytesWhere(b => IriNeedsEscape(b)));

    /// <summary>How a character is written inside a quoted literal: 0 = as itself, <c>'u'</c> = UCHAR,
    /// otherwise the letter after the backslash of its ECHAR.</summary>
    public static byte LiteralEscape(int c) => c < 0x80 ? LiteralEscapeTable[c] : (byte)0;

    /// <summary>
    /// N-Triples [8] IRIREF excludes #x00-#x20 and <c>&lt;&gt;"{}|^`\</c>; those are written as UCHAR.
    /// </summary>
    public static bool IriNeedsEscape(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    public static string FormatLiteral(Literal literal)
    {
        var sb = new StringBuilder(literal.LexicalForm.Length + 2);
        sb.Append('"');
        AppendEscapedLexicalForm(sb, literal.LexicalForm);
        sb.Append('"');
        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
        }
        else if (!IsXsdString(literal.Datatype))
        {
            sb.Append("^^").Append(FormatIri(literal.Datatype.Value));
        }

        return sb.ToString();
    }

    public static string FormatIri(string iri)
    {
        var sb = new StringBuilder(iri.Length + 2);
        sb.Append('<');
        foreach (var c in iri)
        {
            if (IriNeedsEscape(c))
            {
                AppendUchar(sb, c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('>').ToString();
    }

    /// <summary>Appends a lexical form with canonical escapes, without the quotes.</summary>
    public static void AppendEscapedLexicalForm(StringBuilder sb, string lexicalForm)
    {
        foreach (var c in lexicalForm)
        {
            var escape = LiteralEscape(c);
            if (escape == 0)
            {
                sb.Append(c);
            }
            else if (escape == 'u')
            {
                AppendUchar(sb, c);
            }
            else
            {
                sb.Append('\\').Append((char)escape);
            }
        }
    }

    /// <summary><c>xsd:string</c> as UTF-8, for comparing a reader's datatype span.</summary>
    public static ReadOnlySpan<byte> XsdStringUtf8 => "http://www.w3.org/2001/XMLSchema#string"u8;

    public static bool IsXsdString(Iri datatype) =>
        ReferenceEquals(datatype, Vocab.XsdString) || datatype.Value == Vocab.XsdString.Value;

    private static void AppendUchar(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));

    private static byte[] BuildLiteralEscapeTable()
    {
        var table = new byte[128];
        for (var c = 0; c < 0x20; c++)
        {
            table[c] = (byte)'u';
        }

        table[0x7F] = (byte)'u';
        table['\b'] = (byte)'b';
        table['\t'] = (byte)'t';
        table['\n'] = (byte)'n';
        table['\f'] = (byte)'f';
        table['\r'] = (byte)'r';
        table['"'] = (byte)'"';
        table['\\'] = (byte)'\\';
        return table;
    }

    private static byte[] BytesWhere(Func<byte, bool> predicate)
    {
        var bytes = new List<byte>();
        for (var b = 0; b < 0x80; b++)
        {
            if (predicate((byte)b))
            {
                bytes.Add((byte)b);
            }
        }

        return bytes.ToArray();
    }
}
