using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Export;
using DomainEquivalence = ToekomstZorg.Semantics.Vocabulary.Translation.Equivalence;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>Between the domain's mapping properties and equivalences and their protobuf enums.</summary>
internal static class MappingRelations
{
    public static MappingRelation ToMessage(SkosMappingProperty property) => property switch
    {
        SkosMappingProperty.ExactMatch => MappingRelation.ExactMatch,
        SkosMappingProperty.CloseMatch => MappingRelation.CloseMatch,
        SkosMappingProperty.BroadMatch => MappingRelation.BroadMatch,
        SkosMappingProperty.NarrowMatch => MappingRelation.NarrowMatch,
        SkosMappingProperty.RelatedMatch => MappingRelation.RelatedMatch,
        _ => MappingRelation.Unspecified,
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
}
