using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Model.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Model;

/// <summary>The texts a concept keeps in the graph (definitions, scope notes) read as a dictionary by language.</summary>
public sealed class StoredTextMapTests
{
    [Fact]
    public void Of_SeveralTextsPerLanguage_KeepsTheOrdinallySmallestInFirstAddedOrder()
    {
        var map = Map("""
            "zorgplan"@nl , "care plan"@en , "Zorgplan"@nl , "Pflegeplan"@de , "zorgplanning"@nl , "plan"
            """);

        map.Should().Equal(new Dictionary<string, string> { ["nl"] = "Zorgplan", ["en"] = "care plan", ["de"] = "Pflegeplan", [""] = "plan" });
        map.Keys.Should().Equal("nl", "en", "de", "");
        map.Values.Should().Equal("Zorgplan", "care plan", "Pflegeplan", "plan");
        map.Count.Should().Be(4);
        map["en"].Should().Be("care plan");
        map.ContainsKey("fr").Should().BeFalse();
        map.TryGetValue("NL", out _).Should().BeFalse("language keys compare ordinally, as LanguageMap's do");
        map.Invoking(m => m["fr"]).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Of_ManyLanguagesInAnyOrder_SameAsLanguageMap()
    {
        string[] tags = ["nl", "en", "fr", "de", "es", "it", "pt"];
        var turtle = string.Join(" , ", tags.Reverse().Concat(tags).Select((tag, i) => $"\"{(char)('z' - i)}-{tag}\"@{tag}"));
        var texts = default(LanguageMap.Builder);
        foreach (var (tag, i) in tags.Reverse().Concat(tags).Select((tag, i) => (tag, i)))
        {
            texts.Add(tag, $"{(char)('z' - i)}-{tag}");
        }

        Map(turtle).Should().Equal(LanguageMap.Of(ref texts));
    }

    [Fact]
    public void Of_NoText_TheSharedEmptyMap()
    {
        var builder = default(StoredTextMap.Builder);

        StoredTextMap.Of(ref builder).Should().BeSameAs(LanguageMap.Empty);
    }

    // The map of ex:a's ex:p literals, read as the snapshot reads a concept's definitions.
    private static IReadOnlyDictionary<string, string> Map(string objects)
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes($"<http://ex.org/a> <http://ex.org/p> {objects} .")), RdfSyntax.Turtle);
        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));
        var builder = default(StoredTextMap.Builder);
        for (var i = 0; i < properties.Count; i++)
        {
            properties.TryGetStoredLiteral(i, out var text, out var language).Should().BeTrue();
            builder.Add(language ?? string.Empty, text);
        }

        return StoredTextMap.Of(ref builder);
    }
}
