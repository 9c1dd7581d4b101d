using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Translation;

public sealed class EquivalenceAlgebraTests
{
    private static readonly (MappingRelation, bool)[] Hops =
        [.. Enum.GetValues<MappingRelation>().SelectMany(r => new[] { (r, false), (r, true) })];

    private static Arbitrary<(MappingRelation Relation, bool Reversed)[]> Chains() =>
        Gen.Elements(Hops).ArrayOf().Where(a => a.Length is > 0 and < 6).ToArbitrary();

    private static Equivalence Fold((MappingRelation Relation, bool Reversed)[] chain) =>
        chain.Select(h => EquivalenceAlgebra.OfHop(h.Relation, h.Reversed)).Aggregate(EquivalenceAlgebra.Compose);

    [Property]
    public Property Compose_OnlyAllExactChains_AreEquivalent() =>
        Prop.ForAll(Chains(), chain =>
            (Fold(chain) == Equivalence.Equivalent) == chain.All(h => h.Relation == MappingRelation.Exact));

    [Property]
    public Property Compose_AnyRelatedHop_IsRelatedTo() =>
        Prop.ForAll(Chains(), chain =>
            !chain.Any(h => h.Relation == MappingRelation.Related) || Fold(chain) == Equivalence.RelatedTo);

    [Property]
    public Property Compose_ReadingTheChainBackwards_SwapsWiderAndNarrower() =>
        Prop.ForAll(Chains(), chain =>
        {
            var forward = Fold(chain);
            var backward = Fold([.. chain.Reverse().Select(h => (h.Relation, !h.Reversed))]);
            var mirrored = forward switch
            {
                Equivalence.Wider => Equivalence.Narrower,
                Equivalence.Narrower => Equivalence.Wider,
                var other => other,
            };
            return backward == mirrored;
        });

    [Fact]
    public void Compose_WiderThenNarrower_Inexact() =>
        EquivalenceAlgebra.Compose(Equivalence.Wider, Equivalence.Narrower).Should().Be(Equivalence.Inexact);

    [Theory]
    [InlineData(MappingRelation.Exact, false, Equivalence.Equivalent)]
    [InlineData(MappingRelation.Close, true, Equivalence.Inexact)]
    [InlineData(MappingRelation.Broad, false, Equivalence.Wider)]
    [InlineData(MappingRelation.Broad, true, Equivalence.Narrower)]
    [InlineData(MappingRelation.Narrow, false, Equivalence.Narrower)]
    [InlineData(MappingRelation.Narrow, true, Equivalence.Wider)]
    [InlineData(MappingRelation.Related, false, Equivalence.RelatedTo)]
    public void OfHop_EachRelation_DesignTable(MappingRelation relation, bool reversed, Equivalence expected) =>
        EquivalenceAlgebra.OfHop(relation, reversed).Should().Be(expected);
}
