using ToekomstZorg.Semantics.Vocabulary.Model.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Model;

public sealed class LanguageMapTests
{
    [Fact]
    public void Of_SeveralTextsPerLanguage_KeepsTheOrdinallySmallestInFirstAddedOrder()
    {
        var builder = default(LanguageMap.Builder);
        builder.Add("nl", "zorgplan");
        builder.Add("en", "care plan");
        builder.Add("nl", "Zorgplan");
        builder.Add("de", "Pflegeplan");
        builder.Add("nl", "zorgplanning");

        var map = LanguageMap.Of(ref builder);

        map.Should().Equal(new Dictionary<string, string> { ["nl"] = "Zorgplan", ["en"] = "care plan", ["de"] = "Pflegeplan" });
        map.Keys.Should().Equal("nl", "en", "de");
        map.Values.Should().Equal("Zorgplan", "care plan", "Pflegeplan");
        map.Count.Should().Be(3);
        map["en"].Should().Be("care plan");
        map.ContainsKey("fr").Should().BeFalse();
        map.TryGetValue("NL", out _).Should().BeFalse("language keys compare ordinally, as the Dictionary they replace did");
        map.Invoking(m => m["fr"]).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Of_NothingAdded_TheSharedEmptyMap()
    {
        var builder = default(LanguageMap.Builder);

        var map = LanguageMap.Of(ref builder);

        map.Should().BeSameAs(LanguageMap.Empty).And.BeEmpty();
        map.TryGetValue("nl", out var none).Should().BeFalse();
        none.Should().BeNull();
    }
}
