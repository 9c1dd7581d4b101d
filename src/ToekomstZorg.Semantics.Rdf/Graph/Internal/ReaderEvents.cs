using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// A batch of what a reader emitted (triples, prefix and base declarations), in order, with every term's bytes copied
/// out of the reader's buffers into one array, so the batch can be replayed into a sink later, on another thread.
/// </summary>
internal sealed class ReaderEvents
{
    /// <summary>
    /// Events per batch: a batch (80 bytes an event, some 100 bytes of terms) stays in a core's cache, and each of its
    /// arrays stays under the 85 000 bytes from which an array goes on the large object heap, whose allocations count
    /// towards full collections of a server's heap. A batch is still a few hundred microseconds of work, against a few
    /// microseconds to hand it on.
    /// </summary>
    public const int Capacity = 1024;

    private const int ByteLimit = 64 * 1024;
    private const int MaxSmallArray = 80 * 1024;

    private readonly Event[] _events = new Event[Capacity];

    // Grows past MaxSmallArray only for a literal of more than 16 KB (IsFull hands the batch on from ByteLimit).
    private byte[] _bytes = new byte[MaxSmallArray];
    private int _count;
    private int _used;

    private enum EventKind : byte
    {
        Triple,
        Prefix,
        Base,
    }

    public int Count => _count;

    /// <summary>Whether the batch should be handed on before another event is added.</summary>
    public bool IsFull => _count == Capacity || _used >= ByteLimit;

    public void AddTriple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position) =>
        NextEvent() = new Event(
            EventKind.Triple,
            subject.Kind,
            @object.Kind,
            Append(subject.Value),
            Append(predicate.Value),
            Append(@object.Value),
            Append(@object.Datatype),
            Append(@object.Language),
            position);

    public void AddPrefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri) =>
        NextEvent() = new Event(EventKind.Prefix, default, default, Append(name), Append(iri), default, default, default, default);

    public void AddBase(ReadOnlySpan<byte> iri) =>
        NextEvent() = new Event(EventKind.Base, default, default, Append(iri), default, default, default, default, default);

    /// <summary>Sends one event to <paramref name="sink"/>.</summary>
    public void ReplayInto(ITripleSink sink, int index)
    {
        ref readonly var e = ref _events[index];
        switch (e.Kind)
        {
            case EventKind.Triple:
                sink.Triple(Subject(index), Predicate(index), Object(index), e.Position);
                break;
            case EventKind.Prefix:
                sink.Prefix(e.First.Of(_bytes), e.Second.Of(_bytes));
                break;
            default:
                sink.Base(e.First.Of(_bytes));
                break;
        }
    }

    /// <summary>Whether event <paramref name="index"/> is a triple (rather than a declaration).</summary>
    public bool IsTriple(int index) => _events[index].Kind == EventKind.Triple;

    /// <summary>The subject of triple <paramref name="index"/>.</summary>
    public TermRef Subject(int index)
    {
        ref readonly var e = ref _events[index];
        return new TermRef(e.SubjectKind, e.First.Of(_bytes));
    }

    /// <summary>The predicate of triple <paramref name="index"/>.</summary>
    public TermRef Predicate(int index) => new(RdfTermKind.Iri, _events[index].Second.Of(_bytes));

    /// <summary>The object of triple <paramref name="index"/>.</summary>
    public TermRef Object(int index)
    {
        ref readonly var e = ref _events[index];
        return new TermRef(e.ObjectKind, e.Third.Of(_bytes), e.Datatype.Of(_bytes), e.Language.Of(_bytes));
    }

    /// <summary>Where triple <paramref name="index"/> was written.</summary>
    public TriplePosition Position(int index) => _events[index].Position;

    public void Clear()
    {
        _count = 0;
        _used = 0;
    }

    private ref Event NextEvent() => ref _events[_count++];

    private Slice Append(ReadOnlySpan<byte> value)
    {
        if (value.Length > _bytes.Length - _used)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + value.Length));
        }

        value.CopyTo(_bytes.AsSpan(_used));
        var slice = new Slice(_used, value.Length);
        _used += value.Length;
        return slice;
    }

    private readonly record struct Slice(int Start, int Length)
    {
        public ReadOnlySpan<byte> Of(byte[] bytes) => new(bytes, Start, Length);
    }

    // A triple's subject, predicate and object are First, Second and Third; a prefix's name and IRI First and Second;
    // a base's IRI First.
    private readonly record struct Event(
        EventKind Kind,
        RdfTermKind SubjectKind,
        RdfTermKind ObjectKind,
        Slice First,
        Slice Second,
        Slice Third,
        Slice Datatype,
        Slice Language,
        TriplePosition Position);
}
