using System.Text.Json;

namespace ToekomstZorg.Semantics.Site.Tests.LinkedData;

public sealed class JsonLdTests
{
    [Fact]
    public void Respond_ContextDocument_IsJsonLd11WithPrefixesEndingInADelimiter()
    {
        var response = new VocabularySite().Respond(SiteVocabulary.Vocab, SiteRequest.Get("/context.jsonld"));

        using var json = JsonDocument.Parse(response.Body);
        var context = json.RootElement.GetProperty("@context");
        context.GetProperty("@version").GetDouble().Should().Be(1.1);
        context.GetProperty("skos").GetString().Should().Be("http://www.w3.org/2004/02/skos/core#");
        context.GetProperty("kern").GetString().Should().Be("https://w3id.org/toekomstzorg/kern/");
        context.EnumerateObject().Where(p => p.Name != "@version")
            .Should().OnlyContain(p => p.Value.GetString()!.EndsWith('/') || p.Value.GetString()!.EndsWith('#'));
    }

    [Fact]
    public void Respond_ConceptAsJsonLd_HasLanguageTaggedLabelsAndOneNodePerSubject()
    {
        var response = new VocabularySite().Respond(SiteVocabulary.Vocab, SiteRequest.Get("/kern/zorgcoordinatie", "application/ld+json"));

        using var json = JsonDocument.Parse(response.Body);
        json.RootElement.GetProperty("@context").GetString().Should().Be("/context.jsonld");
        var nodes = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("@id").GetString()).Should().OnlyHaveUniqueItems();
        var concept = nodes.Single(n => n.GetProperty("@id").GetString() == "https://w3id.org/toekomstzorg/kern/zorgcoordinatie");
        concept.GetProperty("skos:prefLabel").EnumerateArray()
            .Select(l => (l.GetProperty("@value").GetString(), l.GetProperty("@language").GetString()))
            .Should().Contain(("zorgcoördinatie", "nl")).And.Contain(("care coordination", "en"));
    }
}
