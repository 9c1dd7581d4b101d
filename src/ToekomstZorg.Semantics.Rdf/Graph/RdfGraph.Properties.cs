using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph;

public sealed partial class RdfGraph
{
    /// <summary>
    /// Every (predicate, object) of a subject, in the order the triples were added (for a loaded document: the order
    /// they were written): one dictionary lookup for the subject, then a slice of a subject index, with no
    /// <see cref="Triple"/> made per value. Readers that take a whole resource apart (a SKOS concept's labels, notes and
    /// links) use this instead of one <see cref="Match"/> per property. The graph must not change while it is in use.
    /// </summary>
    public SubjectProperties PropertiesOf(RdfTerm subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var id = _terms.Find(subject);
        var (offsets, slots) = SubjectSlots();
        if (id < 0 || id + 1 >= offsets.Length)
        {
            return default;
        }

        return new SubjectProperties(this, slots, offsets[id], offsets[id + 1] - offsets[id], _version);
    }

    // The slots of each subject's triples in slot (insertion) order: a stable counting sort on the subject id, O(n);
    // subject k's range is [offsets[k], offsets[k + 1]).
    // Built on first use, once, as the triple indexes (RdfGraph.Index), and published as one reference.
    private (int[] Offsets, int[] Slots) SubjectSlots()
    {
        if (Volatile.Read(ref _subjectSlots) is { } built)
        {
            return (built.Offsets, built.Slots);
        }

        lock (_indexLocks[^1])
        {
            built = _subjectSlots ?? BuildSubjectSlots();
            Volatile.Write(ref _subjectSlots, built);
            return (built.Offsets, built.Slots);
        }
    }

    private SubjectSlotIndex BuildSubjectSlots()
    {
        // As TripleIndex.Build: no cursor array, each subject's count one place further on.
        var offsets = new int[_terms.Count + 2];
        for (var slot = 0; slot < _triples.SlotCount; slot++)
        {
            ref readonly var t = ref _triples[slot];
            if (!t.IsRemoved)
            {
                offsets[t.S + 2]++;
            }
        }

        CountingSort.Accumulate(offsets);
        var slots = new int[_triples.Count];
        for (var slot = 0; slot < _triples.SlotCount; slot++)
        {
            ref readonly var t = ref _triples[slot];
            if (!t.IsRemoved)
            {
                slots[offsets[t.S + 1]++] = slot;
            }
        }

        return new SubjectSlotIndex(offsets, slots);
    }

    private sealed record SubjectSlotIndex(int[] Offsets, int[] Slots);

    /// <summary>
    /// The triples that match a pattern (as <see cref="Match"/>), each with where it was first read (as
    /// <see cref="SourceOf"/>, null without source tracking), found from the triple's ids rather than by encoding its
    /// terms again: readers that keep the position of what they read (a linter) use this.
    /// </summary>
    public IEnumerable<(Triple Triple, TripleSource? Source)> MatchWithSources(RdfTerm? subject = null, Iri? predicate = null, RdfTerm? @object = null)
    {
        var s = subject is null ? -1 : _terms.Find(subject);
        var p = predicate is null ? -1 : _terms.Find(predicate);
        var o = @object is null ? -1 : _terms.Find(@object);
        if ((subject is not null && s < 0) || (predicate is not null && p < 0) || (@object is not null && o < 0))
        {
            return [];
        }

        return MatchIdsWithSources(s, p, o);
    }

    /// <summary>
    /// The subjects and objects of one predicate with where each triple was first read: <see cref="SubjectsAndObjects"/>
    /// (one POS range, no <see cref="Triple"/> made per pair) with the source <see cref="MatchWithSources"/> gives
    /// (null without source tracking). A reader that keeps a hundred thousand links of one property and where each was
    /// written (a SKOS model's mappings) uses this.
    /// </summary>
    public IEnumerable<(RdfTerm Subject, RdfTerm Object, TripleSource? Source)> SubjectsAndObjectsWithSources(Iri predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var p = _terms.Find(predicate);
        return p < 0 ? [] : PosRangeWithSources(p);
    }

    private IEnumerable<(RdfTerm, RdfTerm, TripleSource?)> PosRangeWithSources(int p)
    {
        foreach (var ids in MatchIdTriples(-1, p, -1))
        {
            yield return (_terms.Get(ids.S), _terms.Get(ids.O), SourceOfIds(ids));
        }
    }

    private IEnumerable<(Triple, TripleSource?)> MatchIdsWithSources(int s, int p, int o)
    {
        foreach (var ids in MatchIdTriples(s, p, o))
        {
            yield return (ToTriple(ids), SourceOfIds(ids));
        }
    }

    private TripleSource? SourceOfIds(TripleIds ids)
    {
        if (_sources is null)
        {
            return null;
        }

        var slot = _triples.Find(ids);
        return slot >= 0 ? SourceAt(slot) : null;
    }

    internal RdfTerm TermOf(int id) => _terms.Get(id);

    internal ref readonly TripleIds TripleAt(int slot) => ref _triples[slot];

    internal TripleSource? SourceAt(int slot) =>
        _sources is not null && slot < _sources.Length && _sources[slot].Position.Subject.Line > 0
            ? new TripleSource(_sourceNames[_sources[slot].Name], _sources[slot].Position)
            : null;

    internal void CheckVersion(int version) => CheckUnchanged(version);

    internal bool IsVersion(int version) => version == _version;
}
