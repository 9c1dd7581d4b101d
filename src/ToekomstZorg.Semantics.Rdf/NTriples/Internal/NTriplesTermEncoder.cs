using System.Buffers;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.NTriples.Internal;

/// <summary>
/// Writes single terms in canonical N-Triples from UTF-8 spans, with the escapes defined once in
/// <see cref="NTriplesFormat"/>. Every byte that needs an escape is ASCII, so the scan works on bytes and
/// copies runs of ordinary bytes (including multi-byte UTF-8 sequences) in one block.
/// </summary>
internal static class NTriplesTermEncoder
{
    private static readonly SearchValues<byte> BlankNodeLabelBytes =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-."u8);

    /// <summary>N-Triples [8] IRIREF: <c>'&lt;' ([^#x00-#x20&lt;&gt;"{}|^`\] | UCHAR)* '&gt;'</c>.</summary>
    public static void WriteIri(Utf8Output output, ReadOnlySpan<byte> iri)
    {
        output.WriteByte((byte)'<');
        WriteEscaped(output, iri, NTriplesFormat.IriBytesToEscape, literal: false);
        output.WriteByte((byte)'>');
    }

    /// <summary>
    /// N-Triples [6] literal: <c>STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?</c>; the datatype is left
    /// out for <c>xsd:string</c>, as the canonical form requires.
    /// </summary>
    public static void WriteLiteral(Utf8Output output, ReadOnlySpan<byte> lexicalForm, ReadOnlySpan<byte> datatype, ReadOnlySpan<byte> language)
    {
        WriteQuotedString(output, lexicalForm);
        if (!language.IsEmpty)
        {
            output.WriteByte((byte)'@');
            output.Write(language);
        }
        else if (!datatype.IsEmpty && !datatype.SequenceEqual(NTriplesFormat.XsdStringUtf8))
        {
            output.Write("^^"u8);
            WriteIri(output, datatype);
        }
    }

    /// <summary>N-Triples [9] STRING_LITERAL_QUOTE with canonical ECHAR/UCHAR escapes.</summary>
    public static void WriteQuotedString(Utf8Output output, ReadOnlySpan<byte> value)
    {
        output.WriteByte((byte)'"');
        WriteEscaped(output, value, NTriplesFormat.LiteralBytesToEscape, literal: true);
        output.WriteByte((byte)'"');
    }

    /// <summary>
    /// N-Triples [141s] BLANK_NODE_LABEL. Labels read from a document are already valid; a label given
    /// through the API may not be, so any other ASCII byte is spelt as <c>xHH</c> to keep the output parseable.
    /// </summary>
    public static void WriteBlankNode(Utf8Output output, ReadOnlySpan<byte> label)
    {
        output.Write("_:"u8);
        var start = 0;
        while (start < label.Length)
        {
            var bad = IndexOfInvalidLabelByte(label, start);
            if (bad < 0)
            {
                output.Write(label[start..]);
                break;
            }

            output.Write(label[start..bad]);
            var hex = output.GetSpan(3);
            hex[0] = (byte)'x';
            hex[1] = HexDigit(label[bad] >> 4);
            hex[2] = HexDigit(label[bad] & 0xF);
            output.Advance(3);
            start = bad + 1;
        }
    }

    private static int IndexOfInvalidLabelByte(ReadOnlySpan<byte> label, int start)
    {
        for (var i = start; i < label.Length; i++)
        {
            var b = label[i];
            // Non-ASCII bytes belong to PN_CHARS code points; '.' may not end a label; '-' and digits may not start it
            // but readers never produce that, and '_'/digits are valid first characters in N-Triples.
            if (b < 0x80 && !BlankNodeLabelBytes.Contains(b))
            {
                return i;
            }

            if (b == '.' && i == label.Length - 1)
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteEscaped(Utf8Output output, ReadOnlySpan<byte> value, SearchValues<byte> toEscape, bool literal)
    {
        while (true)
        {
            var next = value.IndexOfAny(toEscape);
            if (next < 0)
            {
                output.Write(value);
                return;
            }

            output.Write(value[..next]);
            var b = value[next];
            var echar = literal ? NTriplesFormat.LiteralEscape(b) : (byte)'u';
            if (echar == 'u')
            {
                // UCHAR: '\u' HEX{4}, upper-case hex digits.
                var uchar = output.GetSpan(6);
                uchar[0] = (byte)'\\';
                uchar[1] = (byte)'u';
                uchar[2] = (byte)'0';
                uchar[3] = (byte)'0';
                uchar[4] = HexDigit(b >> 4);
                uchar[5] = HexDigit(b & 0xF);
                output.Advance(6);
            }
            else
            {
                var escape = output.GetSpan(2);
                escape[0] = (byte)'\\';
                escape[1] = echar;
                output.Advance(2);
            }

            value = value[(next + 1)..];
        }
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
