using ToekomstZorg.Semantics.Contracts.V1;
using DomainEquivalence = ToekomstZorg.Semantics.Vocabulary.Translation.Equivalence;
using DomainOutcome = ToekomstZorg.Semantics.Vocabulary.Translation.SubsumptionOutcome;
using DomainRelation = ToekomstZorg.Semantics.Vocabulary.Model.MappingRelation;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>Between the domain's mapping relations, equivalences and subsumption outcomes and their protobuf enums.</summary>
internal static class MappingRelations
{
    /// <summary>A mapping's relation read from one side: read backwards, broad and narrow swap (SKOS inverse properties).</summary>
    public static MappingRelation ToMessage(DomainRelation relation, bool reversed) => relation switch
    {
        DomainRelation.Exact => MappingRelation.ExactMatch,
        DomainRelation.Close => MappingRelation.CloseMatch,
        DomainRelation.Broad => reversed ? MappingRelation.NarrowMatch : MappingRelation.BroadMatch,
        DomainRelation.Narrow => reversed ? MappingRelation.BroadMatch : MappingRelation.NarrowMatch,
        _ => MappingRelation.RelatedMatch,
    };

    public static Equivalence ToMessage(DomainEquivalence equivalence) => equivalence switch
    {
        DomainEquivalence.RelatedTo => Equivalence.Relatedto,
        DomainEquivalence.Equivalent => Equivalence.Equivalent,
        DomainEquivalence.Equal => Equivalence.Equal,
        DomainEquivalence.Wider => Equivalence.Wider,
        DomainEquivalence.Subsumes => Equivalence.Subsumes,
        DomainEquivalence.Narrower => Equivalence.Narrower,
        DomainEquivalence.Specializes => Equivalence.Specializes,
        DomainEquivalence.Inexact => Equivalence.Inexact,
        DomainEquivalence.Unmatched => Equivalence.Unmatched,
        DomainEquivalence.Disjoint => Equivalence.Disjoint,
        _ => Equivalence.Unspecified,
    };

    public static SubsumptionOutcome ToMessage(DomainOutcome outcome) => outcome switch
    {
        DomainOutcome.Equivalent => SubsumptionOutcome.Equivalent,
        DomainOutcome.Subsumes => SubsumptionOutcome.Subsumes,
        DomainOutcome.SubsumedBy => SubsumptionOutcome.SubsumedBy,
        _ => SubsumptionOutcome.NotSubsumed,
    };
}
