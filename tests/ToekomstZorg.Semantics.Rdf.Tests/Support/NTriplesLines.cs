using System.Globalization;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Support;

/// <summary>
/// A deliberately small N-Triples line splitter for the writer and graph tests, so they do not depend on
/// the real reader: one triple per line, terms separated by whitespace, ECHAR/UCHAR decoded. Not a
/// conformant parser (it trusts its input); the W3C result files it reads are well-formed.
/// </summary>
internal static class NTriplesLines
{
    public static List<Triple> Parse(string text)
    {
        var triples = new List<Triple>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var i = 0;
            var subject = ReadTerm(line, ref i);
            var predicate = (Iri)ReadTerm(line, ref i);
            var @object = ReadTerm(line, ref i);
            triples.Add(new Triple(subject, predicate, @object));
        }

        return triples;
    }

    private static RdfTerm ReadTerm(string line, ref int i)
    {
        while (line[i] is ' ' or '\t')
        {
            i++;
        }

        switch (line[i])
        {
            case '<':
                {
                    var end = line.IndexOf('>', i);
                    var iri = Unescape(line[(i + 1)..end]);
                    i = end + 1;
                    return new Iri(iri);
                }

            case '_':
                {
                    var start = i + 2;
                    var end = start;
                    while (end < line.Length && line[end] is not (' ' or '\t'))
                    {
                        end++;
                    }

                    if (line[end - 1] == '.' && end == line.Length)
                    {
                        end--;
                    }

                    i = end;
                    return new BlankNode(line[start..end]);
                }

            default:
                {
                    var end = i + 1;
                    while (line[end] != '"')
                    {
                        end += line[end] == '\\' ? 2 : 1;
                    }

                    var lexical = Unescape(line[(i + 1)..end]);
                    i = end + 1;
                    if (i < line.Length && line[i] == '@')
                    {
                        var tagEnd = i + 1;
                        while (tagEnd < line.Length && (char.IsAsciiLetterOrDigit(line[tagEnd]) || line[tagEnd] == '-'))
                        {
                            tagEnd++;
                        }

                        var language = line[(i + 1)..tagEnd];
                        i = tagEnd;
                        return new Literal(lexical, language: language);
                    }

                    if (i + 1 < line.Length && line[i] == '^' && line[i + 1] == '^')
                    {
                        i += 2;
                        return new Literal(lexical, (Iri)ReadTerm(line, ref i));
                    }

                    return new Literal(lexical);
                }
        }
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\'))
        {
            return s;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\')
            {
                sb.Append(s[i]);
                continue;
            }

            var c = s[++i];
            switch (c)
            {
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    // A \u escape may be one half of a surrogate pair; append the UTF-16 unit as it is.
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
