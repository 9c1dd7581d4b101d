using ToekomstZorg.Semantics.Cli.Terminology.Internal;
using ToekomstZorg.Semantics.Vocabulary.Search;
using V1 = ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Cli.Tests.Terminology;

/// <summary>Reading TerminologyService messages back into the terms the output is written in.</summary>
public sealed class TerminologyMessagesTests
{
    // The weights terminology.proto documents for SearchMatch.score (the server rounds the product to 4 decimals).
    private static readonly (SearchMatchKind Kind, double Weight)[] KindWeights =
    [
        (SearchMatchKind.ExactLabel, 1.0), (SearchMatchKind.Code, 0.85), (SearchMatchKind.LabelPrefix, 0.8),
        (SearchMatchKind.WordPrefix, 0.7), (SearchMatchKind.AllWords, 0.6), (SearchMatchKind.InsideLabel, 0.5),
    ];

    private static readonly (V1.LabelKind Kind, double Weight)[] LabelWeights =
    [
        (V1.LabelKind.Preferred, 1.0), (V1.LabelKind.Alternative, 0.95), (V1.LabelKind.Hidden, 0.9),
    ];

    [Fact]
    public void MatchKind_EveryScoreTheContractDefines_GivesBackTheMatchKind()
    {
        foreach (var (kind, kindWeight) in KindWeights)
        {
            foreach (var (label, labelWeight) in LabelWeights)
            {
                var score = Math.Round(kindWeight * labelWeight, 4);

                TerminologyMessages.MatchKind(score, label).Should().Be(kind, $"score {score} of a {label} label");
            }
        }
    }

    [Fact]
    public void MatchKind_CodeMatch_HasNoLabelKindAndIsCode()
    {
        TerminologyMessages.MatchKind(0.85, V1.LabelKind.Unspecified).Should().Be(SearchMatchKind.Code);
    }

    [Theory]
    [InlineData(V1.MappingRelation.NarrowMatch, true, "broadMatch")]
    [InlineData(V1.MappingRelation.BroadMatch, true, "narrowMatch")]
    [InlineData(V1.MappingRelation.BroadMatch, false, "broadMatch")]
    [InlineData(V1.MappingRelation.ExactMatch, true, "exactMatch")]
    [InlineData(V1.MappingRelation.RelatedMatch, true, "relatedMatch")]
    public void WrittenRelation_MappingReadBackwards_SwapsOnlyBroadAndNarrow(V1.MappingRelation seen, bool inverse, string written)
    {
        var relation = TerminologyMessages.WrittenRelation(seen, inverse);

        Vocabulary.Model.MappingRelationNames.LocalName(relation).Should().Be(written);
    }

    [Fact]
    public void Equivalence_EveryProtobufValue_HasTheSameFhirCode()
    {
        foreach (var value in Enum.GetValues<V1.Equivalence>().Where(e => e != V1.Equivalence.Unspecified))
        {
            var domain = TerminologyMessages.Equivalence(value);

            Vocabulary.Translation.EquivalenceCodes.ToFhirCode(domain).Should().Be(value.ToString().ToLowerInvariant());
        }
    }
}
