using System.Collections.Concurrent;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

/// <summary>
/// The impact of a change: (concept, target scheme) pairs are translated with each version's own
/// <see cref="VocabularySnapshot.Translate(Concept, ConceptScheme)"/> (the one home of the translation rule) and the two
/// outcomes compared target by target. A concept only one version has is translated on that side alone, so all its
/// translations are gained or lost. The pairs are independent and the snapshots immutable, so the work is split over
/// the cores in chunks.
/// <para>
/// Which pairs: with <c>full</c> every pair of either version (100k concepts × 8 schemes = 800k translations per
/// version). Otherwise only the sources <see cref="ImpactScope"/> finds could have another outcome: those within two
/// mapping hops of a concept whose own translation inputs changed. A test holds the two modes equal on random edits.
/// </para>
/// </summary>
internal static class ImpactCalculator
{
    private const int ChunkSize = 512;

    public static (IReadOnlyList<TranslationImpact> Impact, int Compared) Compute(
        VocabularySnapshot oldVersion, VocabularySnapshot newVersion, bool full, CancellationToken cancellationToken)
    {
        var sources = full ? AllSources(oldVersion, newVersion) : ImpactScope.Sources(oldVersion, newVersion);
        if (sources.Count == 0)
        {
            return ([], 0);
        }

        var keys = oldVersion.Schemes.Select(s => s.Key).Union(newVersion.Schemes.Select(s => s.Key), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
        var targets = keys
            .Select(k => (Key: k, Old: oldVersion.TryGetScheme(k, out var o) ? o : null, New: newVersion.TryGetScheme(k, out var n) ? n : null))
            .ToArray();

        var impact = new ConcurrentBag<List<TranslationImpact>>();
        var compared = 0;
        Parallel.ForEach(
            Partitioner.Create(0, sources.Count, ChunkSize),
            new ParallelOptions { CancellationToken = cancellationToken },
            range =>
            {
                var found = new List<TranslationImpact>();
                var count = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var (before, after) = sources[i];
                    foreach (var target in targets)
                    {
                        var oldApplies = before is not null && target.Old is not null && before.Scheme.Key != target.Key;
                        var newApplies = after is not null && target.New is not null && after.Scheme.Key != target.Key;
                        if (!oldApplies && !newApplies)
                        {
                            continue;
                        }

                        count++;
                        var oldMatches = oldApplies ? oldVersion.Translate(before!, target.Old!).Matches : [];
                        var newMatches = newApplies ? newVersion.Translate(after!, target.New!).Matches : [];
                        if (oldMatches.Count == 0 && newMatches.Count == 0)
                        {
                            continue;
                        }

                        Compare(DiffConcept.Of(after ?? before!), target.Key, oldMatches, newMatches, found);
                    }
                }

                Interlocked.Add(ref compared, count);
                if (found.Count > 0)
                {
                    impact.Add(found);
                }
            });

        var all = impact.SelectMany(l => l).ToList();
        all.Sort(CompareImpact);
        return (all, compared);
    }

    private static List<(Concept? Old, Concept? New)> AllSources(VocabularySnapshot oldVersion, VocabularySnapshot newVersion)
    {
        var sources = new List<(Concept? Old, Concept? New)>(newVersion.ConceptCount + 16);
        foreach (var concept in newVersion.Schemes.SelectMany(s => s.Concepts))
        {
            sources.Add((oldVersion.FindByIri(concept.Iri), concept));
        }

        foreach (var concept in oldVersion.Schemes.SelectMany(s => s.Concepts))
        {
            if (newVersion.FindByIri(concept.Iri) is null)
            {
                sources.Add((concept, null));
            }
        }

        return sources;
    }

    private static void Compare(
        DiffConcept source, string targetScheme, IReadOnlyList<TranslationMatch> oldMatches, IReadOnlyList<TranslationMatch> newMatches, List<TranslationImpact> found)
    {
        foreach (var match in newMatches)
        {
            var old = Find(oldMatches, match.Target.Iri);
            if (old is null)
            {
                found.Add(new TranslationImpact(source, targetScheme, DiffConcept.Of(match.Target), TranslationImpactKind.Gained, null, match.Equivalence, null, match.IsFalseFriend));
            }
            else if (old.Equivalence != match.Equivalence)
            {
                found.Add(new TranslationImpact(source, targetScheme, DiffConcept.Of(match.Target), TranslationImpactKind.EquivalenceChanged, old.Equivalence, match.Equivalence, old.IsFalseFriend, match.IsFalseFriend));
            }
            else if (old.IsFalseFriend != match.IsFalseFriend)
            {
                found.Add(new TranslationImpact(source, targetScheme, DiffConcept.Of(match.Target), TranslationImpactKind.WarningChanged, old.Equivalence, match.Equivalence, old.IsFalseFriend, match.IsFalseFriend));
            }
        }

        foreach (var old in oldMatches)
        {
            if (Find(newMatches, old.Target.Iri) is null)
            {
                found.Add(new TranslationImpact(source, targetScheme, DiffConcept.Of(old.Target), TranslationImpactKind.Lost, old.Equivalence, null, old.IsFalseFriend, null));
            }
        }
    }

    // A translation has a handful of matches: a linear scan beats building a dictionary per pair.
    private static TranslationMatch? Find(IReadOnlyList<TranslationMatch> matches, string iri)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            if (string.Equals(matches[i].Target.Iri, iri, StringComparison.Ordinal))
            {
                return matches[i];
            }
        }

        return null;
    }

    private static int CompareImpact(TranslationImpact a, TranslationImpact b)
    {
        var c = a.Source.CompareTo(b.Source);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.TargetScheme, b.TargetScheme);
        }

        return c != 0 ? c : a.Target.CompareTo(b.Target);
    }
}
