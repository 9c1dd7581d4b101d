using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph;

public sealed partial class RdfGraph
{
    /// <summary>
    /// The triples that match a pattern; a null position matches any term. Every pattern is answered
    /// from an index (SPO for S??/SP?, POS for ?P?/?PO, OSP for ??O/S?O), never by scanning the graph.
    /// Within one lookup the triples come in index order; the graph must not change while enumerating.
    /// </summary>
    public IEnumerable<Triple> Match(RdfTerm? subject = null, Iri? predicate = null, RdfTerm? @object = null)
    {
        var s = subject is null ? -1 : _terms.Find(subject);
        var p = predicate is null ? -1 : _terms.Find(predicate);
        var o = @object is null ? -1 : _terms.Find(@object);
        if ((subject is not null && s < 0) || (predicate is not null && p < 0) || (@object is not null && o < 0))
        {
            return [];
        }

        return MatchIds(s, p, o);
    }

    /// <summary>
    /// The subject and object of every triple with this predicate (and object, when given), without a <see cref="Triple"/>
    /// per match: readers that walk every triple of a property (the members of a SKOS scheme, all mappings) use this
    /// instead of <see cref="Match"/>. Terms are the graph's cached ones; the graph must not change while enumerating.
    /// </summary>
    public IEnumerable<(RdfTerm Subject, RdfTerm Object)> SubjectsAndObjects(Iri predicate, RdfTerm? @object = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var p = _terms.Find(predicate);
        var o = @object is null ? -1 : _terms.Find(@object);
        if (p < 0 || (@object is not null && o < 0))
        {
            return [];
        }

        return PosRange(p, o);
    }

    /// <summary>
    /// How many triples have this predicate (and object, when given): the length of one POS range, found by binary
    /// search without enumerating it (a reader sizes its collections with it).
    /// </summary>
    public int CountOf(Iri predicate, RdfTerm? @object = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var p = _terms.Find(predicate);
        var o = @object is null ? -1 : _terms.Find(@object);
        if (p < 0 || (@object is not null && o < 0))
        {
            return 0;
        }

        var index = Index(IndexOrder.Pos);
        var (start, end) = o < 0 ? index.Range(p) : index.Range(p, o);
        return end - start;
    }

    private IEnumerable<(RdfTerm, RdfTerm)> PosRange(int p, int o)
    {
        var version = _version;
        var index = Index(IndexOrder.Pos);
        var (start, end) = o < 0 ? index.Range(p) : index.Range(p, o);
        for (var i = start; i < end; i++)
        {
            CheckUnchanged(version);
            var pair = index.Pairs[i];
            yield return (_terms.Get(TripleIndex.Third(pair)), _terms.Get(TripleIndex.Second(pair)));
        }
    }

    /// <summary>
    /// Builds all three indexes and the subjects' property lists now, so later reads do not build them
    /// (<see cref="BuildIndexes(GraphIndexes)"/> with <see cref="GraphIndexes.All"/>).
    /// </summary>
    public void BuildIndexes() => BuildIndexes(GraphIndexes.All);

    /// <summary>
    /// Builds these indexes now, so later reads do not build them; the others are built on first use. They only read
    /// the triples, so a large graph builds them on two threads. A reader that knows which patterns it will ask (a
    /// vocabulary load reads predicate ranges and subjects' properties only) builds those, and no memory or time goes
    /// to the others until someone asks for them.
    /// </summary>
    public void BuildIndexes(GraphIndexes indexes)
    {
        var builds = new List<Action>(4);
        foreach (var (index, order) in (ReadOnlySpan<(GraphIndexes, IndexOrder)>)
            [(GraphIndexes.SubjectPredicateObject, IndexOrder.Spo), (GraphIndexes.PredicateObjectSubject, IndexOrder.Pos), (GraphIndexes.ObjectSubjectPredicate, IndexOrder.Osp)])
        {
            if (indexes.HasFlag(index))
            {
                builds.Add(() => Index(order));
            }
        }

        if (indexes.HasFlag(GraphIndexes.SubjectProperties))
        {
            builds.Add(() => SubjectSlots());
        }

        if (_triples.Count < ParallelIndexTriples || builds.Count < 2)
        {
            builds.ForEach(build => build());
            return;
        }

        // Every other build on a second thread: two counting sorts over all triples on each.
        Exception? failure = null;
        var other = new Thread(() =>
        {
            try
            {
                for (var i = 0; i < builds.Count; i += 2)
                {
                    builds[i]();
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        })
        { IsBackground = true, Name = "RDF indexes" };
        other.Start();
        for (var i = 1; i < builds.Count; i += 2)
        {
            builds[i]();
        }

        other.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>The indexes built so far (for tests).</summary>
    internal GraphIndexes BuiltIndexes =>
        (_indexes[(int)IndexOrder.Spo] is null ? 0 : GraphIndexes.SubjectPredicateObject)
        | (_indexes[(int)IndexOrder.Pos] is null ? 0 : GraphIndexes.PredicateObjectSubject)
        | (_indexes[(int)IndexOrder.Osp] is null ? 0 : GraphIndexes.ObjectSubjectPredicate)
        | (_subjectSlots is null ? 0 : GraphIndexes.SubjectProperties);

    // Below this many triples the indexes take well under a millisecond: not worth a thread.
    private const int ParallelIndexTriples = 1 << 16;

    /// <summary>The triples matching a pattern of ids (-1 = any), as ids.</summary>
    internal IEnumerable<TripleIds> MatchIdTriples(int s, int p, int o)
    {
        var version = _version;
        if (s >= 0 && p >= 0 && o >= 0)
        {
            var ids = new TripleIds(s, p, o);
            if (_triples.Find(ids) >= 0)
            {
                yield return ids;
            }

            yield break;
        }

        if (s < 0 && p < 0 && o < 0)
        {
            for (var slot = 0; slot < _triples.SlotCount; slot++)
            {
                CheckUnchanged(version);
                var ids = _triples[slot];
                if (!ids.IsRemoved)
                {
                    yield return ids;
                }
            }

            yield break;
        }

        var (order, lead, second) = (s, p, o) switch
        {
            ( >= 0, >= 0, _) => (IndexOrder.Spo, s, p),
            ( >= 0, _, >= 0) => (IndexOrder.Osp, o, s),
            ( >= 0, _, _) => (IndexOrder.Spo, s, -1),
            (_, >= 0, >= 0) => (IndexOrder.Pos, p, o),
            (_, >= 0, _) => (IndexOrder.Pos, p, -1),
            _ => (IndexOrder.Osp, o, -1),
        };
        var index = Index(order);
        var (start, end) = second < 0 ? index.Range(lead) : index.Range(lead, second);
        for (var i = start; i < end; i++)
        {
            CheckUnchanged(version);
            yield return TripleIndex.Unpermute(lead, index.Pairs[i], order);
        }
    }

    /// <summary>The distinct subjects, by ascending id.</summary>
    internal IEnumerable<int> SubjectIds() => Index(IndexOrder.Spo).Leads();

    /// <summary>The distinct objects, by ascending id.</summary>
    internal IEnumerable<int> ObjectIds() => Index(IndexOrder.Osp).Leads();

    /// <summary>How many triples have this term as object.</summary>
    internal int ObjectUseCount(int id)
    {
        var (start, end) = Index(IndexOrder.Osp).Range(id);
        return end - start;
    }

    // Built on first use, once: readers on several threads may ask for an index not built yet at the same moment (the
    // graph is read concurrently once loaded); one builds it under the index's lock, the others wait for it.
    internal TripleIndex Index(IndexOrder order)
    {
        if (Volatile.Read(ref _indexes[(int)order]) is { } built)
        {
            return built;
        }

        lock (_indexLocks[(int)order])
        {
            if (_indexes[(int)order] is not { } index)
            {
                index = TripleIndex.Build(_triples, _terms.Count, order);
                Volatile.Write(ref _indexes[(int)order], index);
            }

            return index;
        }
    }

    private IEnumerable<Triple> MatchIds(int s, int p, int o)
    {
        foreach (var ids in MatchIdTriples(s, p, o))
        {
            yield return ToTriple(ids);
        }
    }
}
