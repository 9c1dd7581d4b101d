using ToekomstZorg.Semantics.Cli.Terminology.Internal;
using ToekomstZorg.Semantics.Vocabulary.Search;
using V1 = ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Cli.Tests.Terminology;

/// <summary>Reading TerminologyService messages back into the terms the output is written in.</summary>
public sealed class TerminologyMessagesTests
{
    [Fact]
    public void MatchKind_EveryKindOfTheMessage_GivesBackTheSearchMatchKindOfTheSameName()
    {
        var kinds = Enum.GetValues<SearchMatchKind>();

        var read = kinds.Select(k => TerminologyMessages.MatchKind(Enum.Parse<V1.MatchKind>(k.ToString()))).ToArray();

        read.Should().Equal(kinds);
        Enum.GetValues<V1.MatchKind>().Should().HaveCount(kinds.Length + 1, "the message has every kind, and UNSPECIFIED");
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
