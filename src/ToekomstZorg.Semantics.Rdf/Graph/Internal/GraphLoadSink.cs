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

    public GraphLoadSink(RdfGraph graph, string? sourceName, bool trackSources)
    {
        _graph = graph;
        _terms = graph.Terms;
        _sourceName = trackSources ? graph.SourceNameIndex(sourceName) : -1;
        _trackSources = trackSources;
    }

    public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
    {
        // Turtle's ';' and ',' repeat the subject and predicate triple after triple: one byte compare with
        // the previous one saves a hash lookup for most of them.
        var s = _lastSubject.TryGet(subject.Kind, subject.Value, out var cached) ? cached : _lastSubject.Set(subject.Kind, subject.Value, Intern(subject));
        var p = _lastPredicate.TryGet(RdfTermKind.Iri, predicate.Value, out cached) ? cached : _lastPredicate.Set(RdfTermKind.Iri, predicate.Value, _terms.GetOrAddIri(predicate.Value));
        var ids = new TripleIds(s, p, Intern(@object));
        if (_graph.AddIds(ids, out var slot) && _trackSources)
        {
            _graph.RecordSource(slot, _sourceName, position);
        }
    }

    public void Prefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri) => ((ITripleSink)_graph).Prefix(name, iri);

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
