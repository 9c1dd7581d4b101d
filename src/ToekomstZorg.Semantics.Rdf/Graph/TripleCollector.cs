using System.Runtime.InteropServices;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>
/// A sink that materialises what a reader emits: the triples as <see cref="Triple"/> objects (IRIs and
/// blank nodes interned, so a repeated IRI is one string), their source positions, and the prefix and
/// base declarations. For tests, small documents and diagnostics; large graphs belong in an indexed store.
/// </summary>
public sealed class TripleCollector : ITripleSink
{
    private readonly Dictionary<byte[], Iri> _iris = new(ByteSequenceComparer.Instance);
    private readonly Dictionary<byte[], BlankNode> _blankNodes = new(ByteSequenceComparer.Instance);

    /// <summary>The triples in document order.</summary>
    public List<Triple> Triples { get; } = [];

    /// <summary>Where each triple's subject and object were written, parallel to <see cref="Triples"/>.</summary>
    public List<TriplePosition> Positions { get; } = [];

    /// <summary>The prefix declarations in document order (a prefix may be declared more than once).</summary>
    public List<KeyValuePair<string, string>> Prefixes { get; } = [];

    /// <summary>The base declarations in document order, resolved.</summary>
    public List<string> Bases { get; } = [];

    /// <inheritdoc />
    public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
    {
        Triples.Add(new Triple(ToTerm(in subject), ToIri(predicate.Value), ToTerm(in @object)));
        Positions.Add(position);
    }

    /// <inheritdoc />
    public void Prefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri) =>
        Prefixes.Add(new KeyValuePair<string, string>(Encoding.UTF8.GetString(name), Encoding.UTF8.GetString(iri)));

    /// <inheritdoc />
    public void Base(ReadOnlySpan<byte> iri) => Bases.Add(Encoding.UTF8.GetString(iri));

    private RdfTerm ToTerm(scoped in TermRef term) => term.Kind switch
    {
        RdfTermKind.Iri => ToIri(term.Value),
        RdfTermKind.BlankNode => ToBlankNode(term.Value),
        _ => new Literal(
            Encoding.UTF8.GetString(term.Value),
            term.Datatype.IsEmpty ? null : ToIri(term.Datatype),
            term.Language.IsEmpty ? null : Encoding.UTF8.GetString(term.Language)),
    };

    private Iri ToIri(ReadOnlySpan<byte> value)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_iris.GetAlternateLookup<ReadOnlySpan<byte>>(), value, out var exists);
        if (!exists)
        {
            slot = new Iri(Encoding.UTF8.GetString(value));
        }

        return slot!;
    }

    private BlankNode ToBlankNode(ReadOnlySpan<byte> label)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_blankNodes.GetAlternateLookup<ReadOnlySpan<byte>>(), label, out var exists);
        if (!exists)
        {
            slot = new BlankNode(Encoding.UTF8.GetString(label));
        }

        return slot!;
    }
}
