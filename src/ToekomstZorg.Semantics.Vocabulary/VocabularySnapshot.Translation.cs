using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// Translates (system, code) into the target scheme: through a direct mapping, or from a sector through the core
    /// to another sector (VOCAB-DESIGN "Translation semantics"). Matches are ordered strongest first; each carries its
    /// path, the curators' rationales and a false-friend warning where the word is shared but the meaning is not.
    /// </summary>
    public TranslationResult Translate(string systemOrKey, string code, string targetSystemOrKey)
    {
        if (!TryGetScheme(systemOrKey, out var scheme))
        {
            return new TranslationResult(TranslationStatus.UnknownSystem, null, []);
        }

        if (!TryGetScheme(targetSystemOrKey, out var target))
        {
            return new TranslationResult(TranslationStatus.UnknownTargetSystem, null, []);
        }

        if (!TryGetConcept(scheme, code, out var source))
        {
            return new TranslationResult(TranslationStatus.UnknownCode, null, []);
        }

        return Translate(source, target);
    }

    /// <summary>Translates a concept into the target scheme.</summary>
    public TranslationResult Translate(Concept source, ConceptScheme target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.Scheme == target)
        {
            return new TranslationResult(TranslationStatus.Matched, source, [new TranslationMatch(source, Equivalence.Equal, [], [], false)]);
        }

        var best = new Dictionary<Concept, (Equivalence Equivalence, TranslationHop[] Hops)>();
        Reach(source, target, best);
        if (best.Count == 0)
        {
            return new TranslationResult(TranslationStatus.Unmatched, source, []);
        }

        var matches = best
            .OrderBy(b => EquivalenceAlgebra.Rank(b.Value.Equivalence)).ThenBy(b => b.Key.Code, StringComparer.Ordinal)
            .Select(b => Match(source, b.Key, b.Value.Equivalence, b.Value.Hops))
            .ToArray();
        return new TranslationResult(TranslationStatus.Matched, source, matches);
    }

    /// <summary>
    /// The concepts of <paramref name="target"/> (another scheme than the source's) that <see cref="Translate(Concept, ConceptScheme)"/>
    /// reaches, each with its best equivalence and path, unordered and without false-friend warnings: the lint asks only
    /// which concepts translation makes equivalent, for every concept of a label group.
    /// </summary>
    internal void Reach(Concept source, ConceptScheme target, Dictionary<Concept, (Equivalence Equivalence, TranslationHop[] Hops)> best)
    {
        var core = CoreScheme;
        foreach (var first in source.Mappings)
        {
            var firstHop = Hop(first);
            if (first.To.Scheme == target)
            {
                Offer(best, first.To, firstHop.Equivalence, [firstHop]);
            }
            else if (first.To.Scheme == core && source.Scheme != core && target != core)
            {
                foreach (var second in first.To.Mappings)
                {
                    if (second.To.Scheme == target)
                    {
                        var secondHop = Hop(second);
                        Offer(best, second.To, EquivalenceAlgebra.Compose(firstHop.Equivalence, secondHop.Equivalence), [firstHop, secondHop]);
                    }
                }
            }
        }

    }

    private TranslationMatch Match(Concept source, Concept target, Equivalence equivalence, TranslationHop[] hops)
    {
        var declared = AreFalseFriends(source, target, out var rationale);
        var sameLabel = equivalence is not (Equivalence.Equivalent or Equivalence.Equal)
            && string.Equals(source.Display(), target.Display(), StringComparison.OrdinalIgnoreCase);
        string[] warnings = declared || sameLabel
            ? [$"false friend: '{source.Display()}' ({source.Scheme.Key}) and '{target.Display()}' ({target.Scheme.Key}) share a word but not the meaning" + (rationale is null ? "." : $": {rationale}")]
            : [];
        return new TranslationMatch(target, equivalence, hops, warnings, declared || sameLabel);
    }

    private static TranslationHop Hop(ConceptMapping mapping) =>
        new(mapping.From, mapping.Relation, mapping.Reversed, mapping.To, mapping.Rationale);

    private static void Offer(Dictionary<Concept, (Equivalence, TranslationHop[])> best, Concept target, Equivalence equivalence, TranslationHop[] hops)
    {
        // Several paths to one target: keep the strongest; on a tie the shorter (a direct sector pair beats the core).
        if (!best.TryGetValue(target, out var current)
            || EquivalenceAlgebra.Rank(equivalence) < EquivalenceAlgebra.Rank(current.Item1)
            || (EquivalenceAlgebra.Rank(equivalence) == EquivalenceAlgebra.Rank(current.Item1) && hops.Length < current.Item2.Length))
        {
            best[target] = (equivalence, hops);
        }
    }
}
