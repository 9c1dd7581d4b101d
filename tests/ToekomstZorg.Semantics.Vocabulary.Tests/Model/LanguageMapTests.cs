using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Model.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Model;

public sealed class LanguageMapTests
{
    [Fact]
    public void Of_SeveralTextsPerLanguage_KeepsTheOrdinallySmallestInFirstAddedOrder()
    {
        var builder = default(LanguageMap<HeldText>.Builder);
        builder.Add("nl", "zorgplan");
        builder.Add("en", "care plan");
        builder.Add("nl", "Zorgplan");
        builder.Add("de", "Pflegeplan");
        builder.Add("nl", "zorgplanning");

        var map = LanguageMap<HeldText>.Of(ref builder);

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
        var builder = default(LanguageMap<HeldText>.Builder);
        foreach (var tag in tags)
        {
            builder.Add(tag, "z-" + tag);
        }

        foreach (var tag in tags)
        {
            builder.Add(tag, "a-" + tag); // smaller: replaces
            builder.Add(tag, "m-" + tag); // larger: ignored
        }

        var map = LanguageMap<HeldText>.Of(ref builder);

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
        var builder = default(LanguageMap<HeldText>.Builder);

        var map = LanguageMap<HeldText>.Of(ref builder);

        map.Should().BeSameAs(LanguageMap.Empty).And.BeEmpty();
        map.TryGetValue("nl", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Of_TextsLeftInTheGraph_ReadAsTheSameDictionary()
    {
        // Definitions stay in the graph (GraphText) and are decoded when read: the same one text per language, the
        // ordinally smallest, in first-added order, as texts held as strings.
        var map = GraphTexts("""
            "zorgplan"@nl , "care plan"@en , "Zorgplan"@nl , "Pflegeplan"@de , "zorgplanning"@nl , "plan"
            """);

        map.Should().Equal(new Dictionary<string, string> { ["nl"] = "Zorgplan", ["en"] = "care plan", ["de"] = "Pflegeplan", [""] = "plan" });
        map.Keys.Should().Equal("nl", "en", "de", "");
        map.Values.Should().Equal("Zorgplan", "care plan", "Pflegeplan", "plan");
        map["en"].Should().Be("care plan");
        map.TryGetValue("NL", out _).Should().BeFalse("language keys compare ordinally");
        map.Invoking(m => m["fr"]).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Of_ManyLanguagesLeftInTheGraphInAnyOrder_SameAsHeldAsStrings()
    {
        string[] tags = ["nl", "en", "fr", "de", "es", "it", "pt"];
        var texts = tags.Reverse().Concat(tags).Select((tag, i) => (Tag: tag, Text: $"{(char)('z' - i)}-{tag}")).ToList();
        var held = default(LanguageMap<HeldText>.Builder);
        foreach (var (tag, text) in texts)
        {
            held.Add(tag, text);
        }

        GraphTexts(string.Join(" , ", texts.Select(t => $"\"{t.Text}\"@{t.Tag}"))).Should().Equal(LanguageMap<HeldText>.Of(ref held));
    }

    // The map of ex:a's ex:p literals, left in the graph as the snapshot leaves a concept's definitions.
    private static LanguageMap<GraphText> GraphTexts(string objects)
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes($"<http://ex.org/a> <http://ex.org/p> {objects} .")), RdfSyntax.Turtle);
        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));
        var builder = default(LanguageMap<GraphText>.Builder);
        for (var i = 0; i < properties.Count; i++)
        {
            properties.TryGetStoredLiteral(i, out var text, out var language).Should().BeTrue();
            builder.Add(language ?? string.Empty, text);
        }

        return LanguageMap<GraphText>.Of(ref builder);
    }
}
