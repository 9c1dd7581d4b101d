using ToekomstZorg.Semantics.Vocabulary.Tests.Support;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Model;

public sealed class ConceptReplacementTests
{
    [Fact]
    public void ReplacedBy_DeprecatedConceptWithIsReplacedBy_ListsTheReplacementIris()
    {
        // Arrange: a deprecated kern concept replaced by two concepts, one of another scheme.
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("replaced.ttl"), """
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            @prefix ggz:  <https://w3id.org/toekomstzorg/ggz/> .
            kern:zorgcoordinator owl:deprecated true ; dct:isReplacedBy kern:zorgcoordinatie , ggz:zorgplan .
            """);

        // Act
        var snapshot = vocabulary.Load().Snapshot;

        // Assert
        snapshot.TryGetConcept("kern", "zorgcoordinator", out var concept).Should().BeTrue();
        concept!.Deprecated.Should().BeTrue();
        concept.ReplacedBy.Should().Equal("https://w3id.org/toekomstzorg/kern/zorgcoordinatie", "https://w3id.org/toekomstzorg/ggz/zorgplan");
        concept.ReplacedBy.Select(iri => snapshot.FindByIri(iri)?.ToString()).Should().Equal("kern:zorgcoordinatie", "ggz:zorgplan");
    }

    [Fact]
    public void ReplacedBy_ConceptWithoutIsReplacedBy_Empty()
    {
        using var vocabulary = new FixtureVocabulary();

        var snapshot = vocabulary.Load().Snapshot;

        snapshot.Schemes.SelectMany(s => s.Concepts).Should().OnlyContain(c => c.ReplacedBy.Count == 0);
    }
}
