using System.Text;

namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>
/// Canonical N-Triples spelling of single terms, for <c>ToString</c> and diagnostics.
/// The streaming writers escape the same way on UTF-8 bytes.
/// </summary>
internal static class NTriplesFormat
{
    // RDF 1.2 N-Triples canonical form §4: ECHAR for \b \t \n \f \r \" \\, UCHAR (upper-case hex) for
    // the remaining C0 controls and DEL, every other character as itself.
    public static string FormatLiteral(Literal literal)
    {
        var sb = new StringBuilder(literal.LexicalForm.Length + 2);
        sb.Append('"');
        foreach (var c in literal.LexicalForm)
        {
            switch (c)
            {
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
        }
        else if (!ReferenceEquals(literal.Datatype, Vocab.XsdString) && literal.Datatype.Value != Vocab.XsdString.Value)
        {
            sb.Append("^^").Append(FormatIri(literal.Datatype.Value));
        }

        return sb.ToString();
    }

    // N-Triples IRIREF excludes #x00-#x20 <>"{}|^`\ ; those are written as UCHAR.
    public static string FormatIri(string iri)
    {
        var sb = new StringBuilder(iri.Length + 2);
        sb.Append('<');
        foreach (var c in iri)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('>').ToString();
    }
}
