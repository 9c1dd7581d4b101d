using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

/// <summary>
/// Which source concepts can translate differently. A translation of <c>s</c> reads <c>s</c> (scheme, labels, false
/// friends), its mappings, the concepts they lead to, and at most one more hop from there (sector → kern → sector):
/// so it can only change when something changed on a concept at most two mapping hops from <c>s</c>. The changed
/// concepts are those added or removed, or whose scheme, code, preferred labels, deprecation, mappings (other end,
/// relation, direction) or false friends differ (false friends are compared as a set of pairs once, not per concept); the sources are every concept within two hops of one, in the old
/// and in the new version's mapping graph. Deliberately wider than the rule needs (any scheme counts as a middle hop,
/// not only kern): a missed source would be a missed impact; an extra one costs a translation.
/// </summary>
internal static class ImpactScope
{
    public static List<(Concept? Old, Concept? New)> Sources(VocabularySnapshot oldVersion, VocabularySnapshot newVersion)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        if (!string.Equals(oldVersion.CoreSchemeKey, newVersion.CoreSchemeKey, StringComparison.Ordinal))
        {
            // Another core changes every two-hop path: everything is in scope.
            changed.UnionWith(oldVersion.Schemes.SelectMany(s => s.Concepts).Select(c => c.Iri));
            changed.UnionWith(newVersion.Schemes.SelectMany(s => s.Concepts).Select(c => c.Iri));
        }

        foreach (var concept in newVersion.Schemes.SelectMany(s => s.Concepts))
        {
            var before = oldVersion.FindByIri(concept.Iri);
            if (before is null || !SameInputs(before, concept))
            {
                changed.Add(concept.Iri);
            }
        }

        foreach (var concept in oldVersion.Schemes.SelectMany(s => s.Concepts))
        {
            if (newVersion.FindByIri(concept.Iri) is null)
            {
                changed.Add(concept.Iri);
            }
        }

        changed.UnionWith(ChangedFalseFriends(oldVersion, newVersion));
        var scope = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var snapshot in (ReadOnlySpan<VocabularySnapshot>)[oldVersion, newVersion])
        {
            foreach (var iri in changed)
            {
                if (snapshot.FindByIri(iri) is not { } concept)
                {
                    continue;
                }

                foreach (var first in concept.Mappings)
                {
                    scope.Add(first.To.Iri);
                    foreach (var second in first.To.Mappings)
                    {
                        scope.Add(second.To.Iri);
                    }
                }
            }
        }

        var sources = new List<(Concept? Old, Concept? New)>(scope.Count);
        foreach (var iri in scope)
        {
            var before = oldVersion.FindByIri(iri);
            var after = newVersion.FindByIri(iri);
            if (before is not null || after is not null)
            {
                sources.Add((before, after));
            }
        }

        return sources;
    }

    private static bool SameInputs(Concept before, Concept after)
    {
        if (!string.Equals(before.Scheme.Key, after.Scheme.Key, StringComparison.Ordinal)
            || !string.Equals(before.Code, after.Code, StringComparison.Ordinal)
            || before.Deprecated != after.Deprecated
            || before.PrefLabels.Count != after.PrefLabels.Count
            || before.Mappings.Count != after.Mappings.Count)
        {
            return false;
        }

        foreach (var (language, label) in after.PrefLabels)
        {
            if (!before.PrefLabels.TryGetValue(language, out var old) || !string.Equals(old, label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var mapping in after.Mappings)
        {
            var found = false;
            foreach (var old in before.Mappings)
            {
                if (old.Relation == mapping.Relation && old.Reversed == mapping.Reversed
                    && string.Equals(old.To.Iri, mapping.To.Iri, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // Both members of a pair declared in one version only: their warnings towards each other change.
    private static IEnumerable<string> ChangedFalseFriends(VocabularySnapshot oldVersion, VocabularySnapshot newVersion)
    {
        var before = Pairs(oldVersion);
        var after = Pairs(newVersion);
        before.SymmetricExceptWith(after);
        return before.SelectMany(p => new[] { p.Item1, p.Item2 });
    }

    private static HashSet<(string, string)> Pairs(VocabularySnapshot snapshot)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var pair in snapshot.FalseFriends)
        {
            var (a, b) = (pair.First.Iri, pair.Second.Iri);
            pairs.Add(string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a));
        }

        return pairs;
    }
}
