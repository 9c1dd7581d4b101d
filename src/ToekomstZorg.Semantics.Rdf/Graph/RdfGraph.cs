using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>
/// An in-memory RDF graph: a set of triples over dictionary-encoded terms, with SPO, POS and OSP
/// indexes (built on first use after a change) that answer every triple pattern without a scan.
/// It is an <see cref="ITripleSink"/>, so a reader can load straight into it; use <c>Load</c>
/// to keep the blank nodes of several documents apart and to record where each triple was read.
/// Not thread-safe for writes; concurrent reads of an unchanging graph are safe (an index that is not built yet is
/// built once, by the first reader that needs it; <see cref="BuildIndexes(GraphIndexes)"/> builds them ahead).
/// </summary>
public sealed partial class RdfGraph : ITripleSink
{
    private readonly TermDictionary _terms = new();
    private readonly TripleTable _triples = new();
    private readonly List<KeyValuePair<string, string>> _namespaces = [];
    private readonly TripleIndex?[] _indexes = new TripleIndex?[3];
    private readonly object[] _indexLocks = [new(), new(), new(), new()]; // one per index order, the last for the subject slots
    private StoredSource[]? _sources;
    private readonly List<string?> _sourceNames = [];
    private SubjectSlotIndex? _subjectSlots;
    private int _version;
    private int _capacity; // triples expected in all (EnsureCapacity), for the source table made on first use

    /// <summary>The number of triples.</summary>
    public int Count => _triples.Count;

    /// <summary>Every triple, in the order it was first added.</summary>
    public IEnumerable<Triple> Triples
    {
        get
        {
            var version = _version;
            for (var slot = 0; slot < _triples.SlotCount; slot++)
            {
                CheckUnchanged(version);
                var ids = _triples[slot];
                if (!ids.IsRemoved)
                {
                    yield return ToTriple(ids);
                }
            }
        }
    }

    /// <summary>
    /// Prefix → namespace IRI, from the prefix declarations of loaded documents and <see cref="SetNamespace"/>,
    /// in the order each prefix was first declared; a later declaration of the same prefix replaces the IRI.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Namespaces => _namespaces;

    internal TermDictionary Terms => _terms;

    /// <summary>Adds a triple; false when the graph already held it.</summary>
    public bool Add(Triple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        return Add(triple.Subject, triple.Predicate, triple.Object);
    }

    /// <summary>Adds a triple; false when the graph already held it.</summary>
    /// <exception cref="ArgumentException">The subject is a literal.</exception>
    public bool Add(RdfTerm subject, Iri predicate, RdfTerm @object)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(@object);
        if (subject.Kind == RdfTermKind.Literal)
        {
            throw new ArgumentException("A triple's subject must be an IRI or a blank node.", nameof(subject));
        }

        return AddIds(new TripleIds(_terms.GetOrAdd(subject), _terms.GetOrAdd(predicate), _terms.GetOrAdd(@object)), out _);
    }

    /// <summary>Removes a triple; false when the graph did not hold it.</summary>
    public bool Remove(Triple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        if (!TryFind(triple, out var ids) || !_triples.Remove(ids, out var slot))
        {
            return false;
        }

        if (_sources is not null && slot < _sources.Length)
        {
            _sources[slot] = default;
        }

        Changed();
        if (_triples.RemovedCount > 1024 && _triples.RemovedCount > _triples.Count)
        {
            _triples.Compact(_sources);
        }

        return true;
    }

    /// <summary>Whether the graph holds the triple.</summary>
    public bool Contains(Triple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        return TryFind(triple, out var ids) && _triples.Find(ids) >= 0;
    }

    /// <summary>Declares (or replaces) a namespace prefix, as a document's <c>@prefix</c> would.</summary>
    public void SetNamespace(string prefix, string namespaceIri)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(namespaceIri);
        for (var i = 0; i < _namespaces.Count; i++)
        {
            if (_namespaces[i].Key == prefix)
            {
                _namespaces[i] = new(prefix, namespaceIri);
                return;
            }
        }

        _namespaces.Add(new(prefix, namespaceIri));
    }

    /// <summary>Where a triple was first read, when it was loaded with source tracking on; otherwise null.</summary>
    public TripleSource? SourceOf(Triple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        if (_sources is null || !TryFind(triple, out var ids))
        {
            return null;
        }

        var slot = _triples.Find(ids);
        return slot >= 0 ? SourceAt(slot) : null;
    }

    /// <inheritdoc />
    void ITripleSink.Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position) =>
        AddIds(new TripleIds(_terms.GetOrAdd(subject), _terms.GetOrAdd(predicate), _terms.GetOrAdd(@object)), out _);

    /// <inheritdoc />
    void ITripleSink.Prefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri) =>
        SetNamespace(Encoding.UTF8.GetString(name), Encoding.UTF8.GetString(iri));

    internal bool AddIds(TripleIds ids, out int slot)
    {
        if (!_triples.Add(ids, out slot))
        {
            return false;
        }

        Changed();
        return true;
    }

    internal void PrefetchTriple(TripleIds ids) => _triples.Prefetch(ids);

    /// <summary>The index under which <see cref="RecordSource"/> stores a document's source name.</summary>
    internal int SourceNameIndex(string? name)
    {
        var index = _sourceNames.IndexOf(name);
        if (index < 0)
        {
            index = _sourceNames.Count;
            _sourceNames.Add(name);
        }

        return index;
    }

    /// <summary>
    /// Makes room for about this many triples in all (a hint, e.g. from the size of the files about to be loaded): the
    /// graph then grows its tables once instead of doubling them from small, which copies and rehashes each several
    /// times. It still grows past the hint as needed; a hint that is too large only costs the unused room.
    /// </summary>
    /// <param name="triples">The number of triples expected in all.</param>
    /// <param name="terms">The number of distinct terms expected in all.</param>
    public void EnsureCapacity(int triples, int terms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(triples);
        ArgumentOutOfRangeException.ThrowIfNegative(terms);
        _triples.EnsureCapacity(triples);
        _terms.EnsureCapacity(terms);
        _capacity = Math.Max(_capacity, triples);
        if (_sources is not null && _sources.Length < triples)
        {
            Array.Resize(ref _sources, triples);
        }
    }

    internal void RecordSource(int slot, int sourceName, in TriplePosition position)
    {
        if (_sources is null)
        {
            _sources = new StoredSource[Math.Max(Math.Max(256, _capacity), _triples.SlotCount)];
        }
        else if (slot >= _sources.Length)
        {
            Array.Resize(ref _sources, Math.Max(slot + 1, _sources.Length * 2));
        }

        _sources[slot] = new StoredSource(sourceName, position);
    }

    internal Triple ToTriple(TripleIds ids) => new(_terms.Get(ids.S), (Iri)_terms.Get(ids.P), _terms.Get(ids.O));

    private bool TryFind(Triple triple, out TripleIds ids)
    {
        var s = _terms.Find(triple.Subject);
        var p = _terms.Find(triple.Predicate);
        var o = _terms.Find(triple.Object);
        ids = new TripleIds(s, p, o);
        return s >= 0 && p >= 0 && o >= 0;
    }

    private void Changed()
    {
        _version++;
        Array.Clear(_indexes);
        _subjectSlots = null;
    }

    private void CheckUnchanged(int version)
    {
        if (version != _version)
        {
            throw new InvalidOperationException("The graph was changed during enumeration.");
        }
    }
}
