using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

/// <summary>
/// Mappings and false friends compared by the two concepts they join (IRIs). A mapping written the other way round
/// with the inverse relation (<c>a broadMatch b</c> and <c>b narrowMatch a</c>) says the same and is no change.
/// </summary>
internal static class MappingComparer
{
    public static MappingChanges Compare(VocabularySnapshot oldVersion, VocabularySnapshot newVersion)
    {
        var before = Index(oldVersion.Mappings);
        var after = Index(newVersion.Mappings);
        var added = new List<DiffMapping>();
        var removed = new List<DiffMapping>();
        var changed = new List<MappingChange>();
        foreach (var (pair, newMappings) in after)
        {
            if (!before.TryGetValue(pair, out var oldMappings))
            {
                added.AddRange(newMappings.Select(m => Named(m.Written)));
                continue;
            }

            if (oldMappings.Count == 1 && newMappings.Count == 1)
            {
                // One mapping between the two concepts on each side: a different relation is a change, not a swap.
                var (o, n) = (oldMappings[0], newMappings[0]);
                if (o.Normalized != n.Normalized || !string.Equals(o.Written.Rationale, n.Written.Rationale, StringComparison.Ordinal))
                {
                    changed.Add(new MappingChange(Named(o.Written), Named(n.Written)));
                }

                continue;
            }

            foreach (var n in newMappings)
            {
                var o = oldMappings.FirstOrDefault(m => m.Normalized == n.Normalized);
                if (o.Written is null)
                {
                    added.Add(Named(n.Written));
                }
                else if (!string.Equals(o.Written.Rationale, n.Written.Rationale, StringComparison.Ordinal))
                {
                    changed.Add(new MappingChange(Named(o.Written), Named(n.Written)));
                }
            }

            removed.AddRange(oldMappings.Where(o => !newMappings.Any(n => n.Normalized == o.Normalized)).Select(o => Named(o.Written)));
        }

        foreach (var (pair, oldMappings) in before)
        {
            if (!after.ContainsKey(pair))
            {
                removed.AddRange(oldMappings.Select(m => Named(m.Written)));
            }
        }

        added.Sort(CompareMappings);
        removed.Sort(CompareMappings);
        changed.Sort((a, b) => CompareMappings(a.New, b.New));
        var (friendsAdded, friendsRemoved) = CompareFalseFriends(oldVersion, newVersion);
        return new MappingChanges(added, removed, changed, friendsAdded, friendsRemoved);
    }

    private static Dictionary<(string, string), List<(MappingRelation Normalized, ConceptMapping Written)>> Index(IReadOnlyList<ConceptMapping> mappings)
    {
        var index = new Dictionary<(string, string), List<(MappingRelation, ConceptMapping)>>(mappings.Count);
        foreach (var mapping in mappings)
        {
            var subject = mapping.Subject.Iri;
            var obj = mapping.Object.Iri;
            var swapped = string.CompareOrdinal(subject, obj) > 0;
            var key = swapped ? (obj, subject) : (subject, obj);
            var normalized = swapped ? Inverse(mapping.Relation) : mapping.Relation;
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (!list.Exists(m => m.Item1 == normalized))
            {
                list.Add((normalized, mapping));
            }
        }

        return index;
    }

    // Names are copied out only for the mappings a diff reports (most mappings do not change).
    private static DiffMapping Named(ConceptMapping mapping) =>
        new(DiffConcept.Of(mapping.Subject), mapping.Relation, DiffConcept.Of(mapping.Object), mapping.Rationale);

    private static MappingRelation Inverse(MappingRelation relation) => relation switch
    {
        MappingRelation.Broad => MappingRelation.Narrow,
        MappingRelation.Narrow => MappingRelation.Broad,
        _ => relation,
    };

    private static (List<DiffFalseFriend> Added, List<DiffFalseFriend> Removed) CompareFalseFriends(VocabularySnapshot oldVersion, VocabularySnapshot newVersion)
    {
        var before = FalseFriendIndex(oldVersion);
        var after = FalseFriendIndex(newVersion);
        var added = after.Where(p => !before.ContainsKey(p.Key)).Select(p => p.Value).ToList();
        var removed = before.Where(p => !after.ContainsKey(p.Key)).Select(p => p.Value).ToList();
        added.Sort(CompareFalseFriends);
        removed.Sort(CompareFalseFriends);
        return (added, removed);
    }

    private static Dictionary<(string, string), DiffFalseFriend> FalseFriendIndex(VocabularySnapshot snapshot)
    {
        var index = new Dictionary<(string, string), DiffFalseFriend>();
        foreach (var pair in snapshot.FalseFriends)
        {
            var first = DiffConcept.Of(pair.First);
            var second = DiffConcept.Of(pair.Second);
            if (first.CompareTo(second) > 0)
            {
                (first, second) = (second, first);
            }

            index.TryAdd((first.Iri, second.Iri), new DiffFalseFriend(first, second, pair.Rationale));
        }

        return index;
    }

    private static int CompareMappings(DiffMapping a, DiffMapping b)
    {
        var c = a.Subject.CompareTo(b.Subject);
        if (c == 0)
        {
            c = a.Object.CompareTo(b.Object);
        }

        return c != 0 ? c : a.Relation.CompareTo(b.Relation);
    }

    private static int CompareFalseFriends(DiffFalseFriend a, DiffFalseFriend b)
    {
        var c = a.First.CompareTo(b.First);
        return c != 0 ? c : a.Second.CompareTo(b.Second);
    }
}
