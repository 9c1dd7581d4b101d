using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// Whether <paramref name="a"/> subsumes <paramref name="b"/> in their scheme's <c>skos:broader</c> hierarchy,
    /// transitively and cycle-safe (FHIR <c>$subsumes</c>: A subsumes B when B is A's descendant). Concepts of two
    /// schemes are never subsumed.
    /// </summary>
    public static SubsumptionOutcome Subsumes(Concept a, Concept b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return SubsumptionOutcome.Equivalent;
        }

        if (a.Scheme != b.Scheme)
        {
            return SubsumptionOutcome.NotSubsumed;
        }

        return IsAncestor(a, b) ? SubsumptionOutcome.Subsumes
            : IsAncestor(b, a) ? SubsumptionOutcome.SubsumedBy
            : SubsumptionOutcome.NotSubsumed;
    }

    private static bool IsAncestor(Concept ancestor, Concept concept)
    {
        var seen = new HashSet<Concept>();
        var pending = new Stack<Concept>(concept.Broader);
        while (pending.TryPop(out var next))
        {
            if (next == ancestor)
            {
                return true;
            }

            if (seen.Add(next))
            {
                foreach (var parent in next.Broader)
                {
                    pending.Push(parent);
                }
            }
        }

        return false;
    }
}
