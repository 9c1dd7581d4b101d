using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// Loads one document into a graph. Blank-node labels are scoped to the document (RDF 1.1 Concepts §3.4):
/// a label keeps its spelling when the graph does not use it yet, otherwise it gets a fresh one, so two
/// documents that both say <c>_:b0</c> make two nodes. Optionally records where each new triple was read.
/// </summary>
internal sealed class GraphLoadSink : ITripleSink
{
    private readonly RdfGraph _graph;
    private readonly TermDictionary _terms;
    private readonly int _sourceName;
    private readonly bool _trackSources;
    private readonly Utf8KeyTable _blankLabels = new();
    private readonly List<int> _blankTerms = [];
    private byte[] _freshLabel = new byte[64];
    private RecentTerm _lastSubject = new();
    private RecentTerm _lastPredicate = new();

    // How far ahead Take starts loading table slots: enough to cover a memory access, close enough that the slot is still
    // cached when its turn comes.
    private const int LookAhead = 16;
    private TripleIds[] _ids = [];
    private int[] _objectHashes = [];

    public GraphLoadSink(RdfGraph graph, string? sourceName, bool trackSources)
    {
        _graph = graph;
        _terms = graph.Terms;
        _sourceName = trackSources ? graph.SourceNameIndex(sourceName) : -1;
        _trackSources = trackSources;
    }

    public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
    {
        if (_graph.AddIds(Ids(in subject, in predicate, in @object, objectHash: -1), out var slot) && _trackSources)
        {
            _graph.RecordSource(slot, _sourceName, position);
        }
    }

    /// <summary>
    /// Takes a batch of a reader's events, with the same result as each of them passed to <see cref="Triple"/> (or
    /// <see cref="Prefix"/>) in turn, in two passes that look ahead: first the terms of every triple are interned, then
    /// the triples are added. A table of millions of terms or triples is far larger than the cache, so each pass starts
    /// loading the table slot of the triple <see cref="LookAhead"/> places on while it handles this one.
    /// </summary>
    public void Take(ReaderEvents events)
    {
        var count = events.Count;
        if (_ids.Length < count)
        {
            _ids = new TripleIds[count];
            _objectHashes = new int[count];
        }

        for (var i = 0; i < Math.Min(LookAhead, count); i++)
        {
            _objectHashes[i] = PrefetchObject(events, i);
        }

        for (var i = 0; i < count; i++)
        {
            if (i + LookAhead < count)
            {
                _objectHashes[i + LookAhead] = PrefetchObject(events, i + LookAhead);
            }

            if (!events.IsTriple(i))
            {
                events.ReplayInto(this, i);
                continue;
            }

            _ids[i] = Ids(events.Subject(i), events.Predicate(i), events.Object(i), _objectHashes[i]);
        }

        for (var i = 0; i < count; i++)
        {
            if (i + LookAhead < count && events.IsTriple(i + LookAhead))
            {
                _graph.PrefetchTriple(_ids[i + LookAhead]);
            }

            if (events.IsTriple(i) && _graph.AddIds(_ids[i], out var slot) && _trackSources)
            {
                _graph.RecordSource(slot, _sourceName, events.Position(i));
            }
        }
    }

    // The object's hash, once its table slot is on its way into the cache; -1 for a declaration or a blank node (whose
    // label is first renamed per document).
    private int PrefetchObject(ReaderEvents events, int index)
    {
        if (!events.IsTriple(index))
        {
            return -1;
        }

        var @object = events.Object(index);
        if (@object.Kind == RdfTermKind.BlankNode)
        {
            return -1;
        }

        var hash = _terms.HashOf(@object);
        _terms.Prefetch(hash);
        return hash;
    }

    public void Prefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri) => ((ITripleSink)_graph).Prefix(name, iri);

    // Turtle's ';' and ',' repeat the subject and predicate triple after triple: one byte compare with the previous one
    // saves a hash lookup for most of them. An object hash of -1 is not known yet.
    private TripleIds Ids(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, int objectHash)
    {
        var s = _lastSubject.TryGet(subject.Kind, subject.Value, out var cached) ? cached : _lastSubject.Set(subject.Kind, subject.Value, Intern(subject));
        var p = _lastPredicate.TryGet(RdfTermKind.Iri, predicate.Value, out cached) ? cached : _lastPredicate.Set(RdfTermKind.Iri, predicate.Value, _terms.GetOrAddIri(predicate.Value));
        return new TripleIds(s, p, objectHash < 0 ? Intern(@object) : _terms.GetOrAdd(@object, objectHash));
    }

    private int Intern(scoped in TermRef term) =>
        term.Kind == RdfTermKind.BlankNode ? BlankNode(term.Value) : _terms.GetOrAdd(term);

    private int BlankNode(ReadOnlySpan<byte> label)
    {
        var local = _blankLabels.GetOrAdd(label, out var added);
        if (!added)
        {
            return _blankTerms[local];
        }

        var id = _terms.FindBlankNode(label) < 0 ? _terms.GetOrAddBlankNode(label) : FreshBlankNode(label);
        _blankTerms.Add(id);
        return id;
    }

    // A label the graph has not used: the document's label with a numeric suffix ("b0" -> "b0_2").
    private int FreshBlankNode(ReadOnlySpan<byte> label)
    {
        for (var n = 2; ; n++)
        {
            var needed = label.Length + 12;
            if (_freshLabel.Length < needed)
            {
                _freshLabel = new byte[needed * 2];
            }

            label.CopyTo(_freshLabel);
            _freshLabel[label.Length] = (byte)'_';
            n.TryFormat(_freshLabel.AsSpan(label.Length + 1), out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
            var fresh = _freshLabel.AsSpan(0, label.Length + 1 + digits);
            if (_terms.FindBlankNode(fresh) < 0)
            {
                return _terms.GetOrAddBlankNode(fresh);
            }
        }
    }
}
