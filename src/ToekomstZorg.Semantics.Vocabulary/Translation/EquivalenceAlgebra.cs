using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>
/// VOCAB-DESIGN "Translation semantics": what one mapping says when read forwards or backwards, and the
/// conservative composition of hops (only a chain of exact matches is equivalent). FHIR R4 ConceptMapEquivalence
/// reads "the target is [equivalence] the source": wider = the target is broader.
/// </summary>
public static class EquivalenceAlgebra
{
    /// <summary>One hop: exact→equivalent, close→inexact, broad→wider (backwards narrower), narrow→narrower (backwards wider), related→relatedto.</summary>
    public static Equivalence OfHop(MappingRelation relation, bool reversed) => relation switch
    {
        MappingRelation.Exact => Equivalence.Equivalent,
        MappingRelation.Close => Equivalence.Inexact,
        MappingRelation.Broad => reversed ? Equivalence.Narrower : Equivalence.Wider,
        MappingRelation.Narrow => reversed ? Equivalence.Wider : Equivalence.Narrower,
        _ => Equivalence.RelatedTo,
    };

    /// <summary>Two hops in sequence.</summary>
    public static Equivalence Compose(Equivalence first, Equivalence second) => (first, second) switch
    {
        (Equivalence.Unmatched, _) or (_, Equivalence.Unmatched) => Equivalence.Unmatched,
        (Equivalence.Disjoint, _) or (_, Equivalence.Disjoint) => Equivalence.Disjoint,
        (Equivalence.RelatedTo, _) or (_, Equivalence.RelatedTo) => Equivalence.RelatedTo,
        (Equivalence.Inexact, _) or (_, Equivalence.Inexact) => Equivalence.Inexact,
        (Equivalence.Equivalent or Equivalence.Equal, var x) => x == Equivalence.Equal ? Equivalence.Equivalent : x,
        (var x, Equivalence.Equivalent or Equivalence.Equal) => x,
        (Equivalence.Wider or Equivalence.Subsumes, Equivalence.Wider or Equivalence.Subsumes) => Equivalence.Wider,
        (Equivalence.Narrower or Equivalence.Specializes, Equivalence.Narrower or Equivalence.Specializes) => Equivalence.Narrower,
        _ => Equivalence.Inexact,
    };

    /// <summary>Strength for ordering matches: 0 is the strongest.</summary>
    public static int Rank(Equivalence equivalence) => equivalence switch
    {
        Equivalence.Equal or Equivalence.Equivalent => 0,
        Equivalence.Wider or Equivalence.Subsumes => 1,
        Equivalence.Narrower or Equivalence.Specializes => 2,
        Equivalence.Inexact => 3,
        Equivalence.RelatedTo => 4,
        _ => 5,
    };
}
