using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>
/// The (predicate, object) pairs of one subject in the order they were added, a view of the graph
/// (<see cref="RdfGraph.PropertiesOf"/>). Terms are made when read and cached by the graph, so the same term is the
/// same object every time.
/// </summary>
public readonly struct SubjectProperties
{
    private readonly RdfGraph? _graph;
    private readonly int[]? _slots;
    private readonly int _start;
    private readonly int _version;

    internal SubjectProperties(RdfGraph graph, int[] slots, int start, int count, int version)
    {
        _graph = graph;
        _slots = slots;
        _start = start;
        Count = count;
        _version = version;
    }

    /// <summary>How many triples have the subject.</summary>
    public int Count { get; }

    /// <summary>The predicate of the <paramref name="index"/>th pair.</summary>
    public Iri Predicate(int index) => (Iri)_graph!.TermOf(_graph.TripleAt(Slot(index)).P);

    /// <summary>The object of the <paramref name="index"/>th pair.</summary>
    public RdfTerm Object(int index) => _graph!.TermOf(_graph.TripleAt(Slot(index)).O);

    /// <summary>
    /// Whether the object of the <paramref name="index"/>th pair is a literal, and if so its lexical form and language tag
    /// (as written; null without one), made as strings without a <see cref="Literal"/> object: a reader that keeps only
    /// the text (a SKOS model's labels and notes, a million of them in a large vocabulary) uses this instead of
    /// <see cref="Object"/>, which makes the term and keeps it in the graph's cache.
    /// </summary>
    public bool TryGetLiteral(int index, [NotNullWhen(true)] out string? lexicalForm, out string? language) =>
        _graph!.Terms.TryGetLiteralText(_graph.TripleAt(Slot(index)).O, out lexicalForm, out language);

    /// <summary>
    /// Whether the object of the <paramref name="index"/>th pair is a literal, and if so a handle that reads its lexical
    /// form when asked (<see cref="StoredLiteral"/>) and its language tag now: a reader that keeps long texts it rarely
    /// reads (a terminology's definitions) keeps them in the graph, where they already are, instead of as strings.
    /// </summary>
    public bool TryGetStoredLiteral(int index, out StoredLiteral literal, out string? language)
    {
        var id = _graph!.TripleAt(Slot(index)).O;
        literal = _graph.Terms.TryGetLiteralLanguage(id, out language) ? new StoredLiteral(_graph, id) : default;
        return literal.IsValid;
    }

    /// <summary>
    /// Whether the object of the <paramref name="index"/>th pair is an IRI, read from the graph's encoding without making
    /// the term (a reader that follows links only asks <see cref="Object"/> for those).
    /// </summary>
    public bool IsIri(int index) => _graph!.Terms.KindOf(_graph.TripleAt(Slot(index)).O) == RdfTermKind.Iri;

    /// <summary>Where the <paramref name="index"/>th triple was first read, when the graph tracks sources; otherwise null.</summary>
    public TripleSource? Source(int index) => _graph!.SourceAt(Slot(index));

    /// <summary>
    /// Whether the view still describes its graph: false once a triple was added to or removed from the graph (every
    /// other member then throws), and for <c>default</c>. A view kept for later (e.g. in a model read from the graph)
    /// is checked with this before it is used.
    /// </summary>
    public bool IsCurrent => _graph is not null && _graph.IsVersion(_version);

    /// <summary>The objects of one predicate, in the order they were added.</summary>
    public IEnumerable<RdfTerm> Objects(Iri predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        for (var i = 0; i < Count; i++)
        {
            if (Predicate(i).Equals(predicate))
            {
                yield return Object(i);
            }
        }
    }

    private int Slot(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        _graph!.CheckVersion(_version);
        return _slots![_start + index];
    }
}
