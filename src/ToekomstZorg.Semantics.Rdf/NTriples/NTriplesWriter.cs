using System.Text;
using ToekomstZorg.Semantics.Rdf.NTriples.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.NTriples;

/// <summary>
/// Writes canonical N-Triples (RDF 1.2 N-Triples §4): one triple per line, single spaces, <c>" ."</c> and LF,
/// ECHAR/UCHAR escapes only where the grammar needs them, no datatype for <c>xsd:string</c>.
/// As an <see cref="ITripleSink"/> it copies terms straight from a reader's UTF-8 spans into a pooled
/// buffer, so converting a document streams in bounded memory. Dispose (or <see cref="Flush"/>) to push
/// the last block to the stream.
/// </summary>
public sealed class NTriplesWriter : ITripleSink, IDisposable
{
    private readonly Utf8Output _output;
    private byte[] _scratch = new byte[256];

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    /// <param name="output">Where the N-Triples bytes go.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves <paramref name="output"/> open.</param>
    public NTriplesWriter(Stream output, bool leaveOpen = false)
    {
        _output = new Utf8Output(output, leaveOpen);
    }

    /// <summary>How many triples have been written.</summary>
    public long TriplesWritten { get; private set; }

    /// <inheritdoc />
    public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
    {
        // N-Triples [2] triple ::= subject predicate object '.'
        WriteTerm(subject);
        _output.WriteByte((byte)' ');
        NTriplesTermEncoder.WriteIri(_output, predicate.Value);
        _output.WriteByte((byte)' ');
        WriteTerm(@object);
        _output.Write(" .\n"u8);
        TriplesWritten++;
    }

    /// <summary>Writes one triple.</summary>
    public void Write(Triple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        WriteTerm(triple.Subject);
        _output.WriteByte((byte)' ');
        WriteTerm(triple.Predicate);
        _output.WriteByte((byte)' ');
        WriteTerm(triple.Object);
        _output.Write(" .\n"u8);
        TriplesWritten++;
    }

    /// <summary>Writes every triple of a sequence, in its order.</summary>
    public void Write(IEnumerable<Triple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        foreach (var triple in triples)
        {
            Write(triple);
        }
    }

    /// <summary>Pushes buffered output to the stream and flushes it.</summary>
    public void Flush() => _output.Flush();

    /// <summary>Flushes and releases the buffer; closes the stream unless it was left open.</summary>
    public void Dispose() => _output.Dispose();

    private void WriteTerm(scoped in TermRef term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                NTriplesTermEncoder.WriteIri(_output, term.Value);
                break;
            case RdfTermKind.BlankNode:
                NTriplesTermEncoder.WriteBlankNode(_output, term.Value);
                break;
            case RdfTermKind.Literal:
                NTriplesTermEncoder.WriteLiteral(_output, term.Value, term.Datatype, term.Language);
                break;
            default:
                throw new ArgumentException($"Unknown term kind {term.Kind}.", nameof(term));
        }
    }

    private void WriteTerm(RdfTerm term)
    {
        switch (term)
        {
            case Iri iri:
                NTriplesTermEncoder.WriteIri(_output, Encode(iri.Value));
                break;
            case BlankNode blank:
                NTriplesTermEncoder.WriteBlankNode(_output, Encode(blank.Label));
                break;
            case Literal literal:
                NTriplesTermEncoder.WriteQuotedString(_output, Encode(literal.LexicalForm));
                if (literal.Language is not null)
                {
                    _output.WriteByte((byte)'@');
                    _output.Write(Encode(literal.Language));
                }
                else if (!NTriplesFormat.IsXsdString(literal.Datatype))
                {
                    _output.Write("^^"u8);
                    NTriplesTermEncoder.WriteIri(_output, Encode(literal.Datatype.Value));
                }

                break;
            default:
                throw new ArgumentException($"Unknown term type {term.GetType()}.", nameof(term));
        }
    }

    private ReadOnlySpan<byte> Encode(string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_scratch.Length < max)
        {
            _scratch = new byte[Math.Max(max, _scratch.Length * 2)];
        }

        return _scratch.AsSpan(0, Encoding.UTF8.GetBytes(value, _scratch));
    }
}
