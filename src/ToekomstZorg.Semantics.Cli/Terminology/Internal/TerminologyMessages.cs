using ToekomstZorg.Semantics.Vocabulary.Search;
using DomainEquivalence = ToekomstZorg.Semantics.Vocabulary.Translation.Equivalence;
using DomainLabelKind = ToekomstZorg.Semantics.Vocabulary.Model.LabelKind;
using DomainRelation = ToekomstZorg.Semantics.Vocabulary.Model.MappingRelation;
using V1 = ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Cli.Terminology.Internal;

/// <summary>The protobuf enums of TerminologyService read back into the Vocabulary project's terms the output is written in.</summary>
internal static class TerminologyMessages
{
    public static DomainLabelKind LabelKind(V1.LabelKind kind) => kind switch
    {
        V1.LabelKind.Preferred => DomainLabelKind.Preferred,
        V1.LabelKind.Alternative => DomainLabelKind.Alternative,
        _ => DomainLabelKind.Hidden,
    };

    public static DomainRelation Relation(V1.MappingRelation relation) => relation switch
    {
        V1.MappingRelation.ExactMatch => DomainRelation.Exact,
        V1.MappingRelation.CloseMatch => DomainRelation.Close,
        V1.MappingRelation.BroadMatch => DomainRelation.Broad,
        V1.MappingRelation.NarrowMatch => DomainRelation.Narrow,
        _ => DomainRelation.Related,
    };

    /// <summary>
    /// A Lookup mapping's relation as written: the message gives it as read from the looked-up concept, so a mapping
    /// read backwards has broad and narrow swapped (SKOS: broadMatch and narrowMatch are each other's inverse).
    /// </summary>
    public static DomainRelation WrittenRelation(V1.MappingRelation relation, bool inverse) => Relation(relation) switch
    {
        DomainRelation.Broad when inverse => DomainRelation.Narrow,
        DomainRelation.Narrow when inverse => DomainRelation.Broad,
        var written => written,
    };

    public static DomainEquivalence Equivalence(V1.Equivalence equivalence) => equivalence switch
    {
        V1.Equivalence.Relatedto => DomainEquivalence.RelatedTo,
        V1.Equivalence.Equivalent => DomainEquivalence.Equivalent,
        V1.Equivalence.Equal => DomainEquivalence.Equal,
        V1.Equivalence.Wider => DomainEquivalence.Wider,
        V1.Equivalence.Subsumes => DomainEquivalence.Subsumes,
        V1.Equivalence.Narrower => DomainEquivalence.Narrower,
        V1.Equivalence.Specializes => DomainEquivalence.Specializes,
        V1.Equivalence.Inexact => DomainEquivalence.Inexact,
        V1.Equivalence.Disjoint => DomainEquivalence.Disjoint,
        _ => DomainEquivalence.Unmatched,
    };

    public static SearchMatchKind MatchKind(V1.MatchKind kind) => kind switch
    {
        V1.MatchKind.ExactLabel => SearchMatchKind.ExactLabel,
        V1.MatchKind.Code => SearchMatchKind.Code,
        V1.MatchKind.LabelPrefix => SearchMatchKind.LabelPrefix,
        V1.MatchKind.WordPrefix => SearchMatchKind.WordPrefix,
        V1.MatchKind.AllWords => SearchMatchKind.AllWords,
        _ => SearchMatchKind.InsideLabel,
    };
}
