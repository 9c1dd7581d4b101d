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
    public void Of_ManyLanguages_EveryTextKeptAndFoundInFirstAddedOrder()
    {
        // The first two languages are held in the map itself, the rest in an array that grows: cross both boundaries.
        string[] tags = ["nl", "en", "fr", "de", "es", "it", "pt"];
        var builder = default(LanguageMap.Builder);
        foreach (var tag in tags)
        {
            builder.Add(tag, "z-" + tag);
        }

        foreach (var tag in tags)
        {
            builder.Add(tag, "a-" + tag); // smaller: replaces
            builder.Add(tag, "m-" + tag); // larger: ignored
        }

        var map = LanguageMap.Of(ref builder);

        map.Count.Should().Be(tags.Length);
        map.Keys.Should().Equal(tags);
        map.Values.Should().Equal(tags.Select(t => "a-" + t));
        map.Should().Equal(tags.ToDictionary(t => t, t => "a-" + t));
        tags.Should().OnlyContain(t => map[t] == "a-" + t);
        map.ContainsKey("sv").Should().BeFalse();
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
