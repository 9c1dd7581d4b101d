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

        var best = new Dictionary<Concept, Reached>();
        Reach(source, target, best);
        if (best.Count == 0)
        {
            return new TranslationResult(TranslationStatus.Unmatched, source, []);
        }

        var matches = best
            .OrderBy(b => EquivalenceAlgebra.Rank(b.Value.Equivalence)).ThenBy(b => b.Key.Code, StringComparer.Ordinal)
            .Select(b => Match(source, b.Key, b.Value.Equivalence, b.Value.Hops()))
            .ToArray();
        return new TranslationResult(TranslationStatus.Matched, source, matches);
    }

    /// <summary>
    /// The concepts of <paramref name="target"/> (another scheme than the source's) that <see cref="Translate(Concept, ConceptScheme)"/>
    /// reaches, each with its best equivalence and path, unordered and without false-friend warnings: the lint asks only
    /// which concepts translation makes equivalent, for every concept of a label group (and never for the path, so the
    /// path is kept as its one or two mappings and made into hops only for an answer).
    /// </summary>
    internal void Reach(Concept source, ConceptScheme target, Dictionary<Concept, Reached> best)
    {
        var core = CoreScheme;
        foreach (var first in source.MappingSpan)
        {
            var firstEquivalence = EquivalenceAlgebra.OfHop(first.Relation, first.Reversed);
            if (first.To.Scheme == target)
            {
                Offer(best, first.To, new Reached(firstEquivalence, first, null));
            }
            else if (first.To.Scheme == core && source.Scheme != core && target != core)
            {
                foreach (var second in first.To.MappingSpan)
                {
                    if (second.To.Scheme == target)
                    {
                        var equivalence = EquivalenceAlgebra.Compose(firstEquivalence, EquivalenceAlgebra.OfHop(second.Relation, second.Reversed));
                        Offer(best, second.To, new Reached(equivalence, first, second));
                    }
                }
            }
        }
    }

    /// <summary>A concept translation reaches: its equivalence and the one or two mappings of its path.</summary>
    internal readonly record struct Reached(Equivalence Equivalence, ConceptMapping First, ConceptMapping? Second)
    {
        public int Length => Second is null ? 1 : 2;

        public TranslationHop[] Hops() => Second is null ? [Hop(First)] : [Hop(First), Hop(Second)];
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

    private static void Offer(Dictionary<Concept, Reached> best, Concept target, Reached reached)
    {
        // Several paths to one target: keep the strongest; on a tie the shorter (a direct sector pair beats the core).
        ref var current = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(best, target, out var exists);
        if (!exists
            || EquivalenceAlgebra.Rank(reached.Equivalence) < EquivalenceAlgebra.Rank(current.Equivalence)
            || (EquivalenceAlgebra.Rank(reached.Equivalence) == EquivalenceAlgebra.Rank(current.Equivalence) && reached.Length < current.Length))
        {
            current = reached;
        }
    }
}
