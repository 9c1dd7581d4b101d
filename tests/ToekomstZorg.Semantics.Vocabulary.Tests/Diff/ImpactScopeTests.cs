using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Skos;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Diff;

/// <summary>
/// The impact is computed only for the sources whose translations could have changed (ImpactScope). These tests hold
/// that to the reference, every (concept, target scheme) pair translated, on the repository's vocabulary with random
/// edits of every kind that can move a translation: mappings removed, added or given another relation, concepts
/// removed, labels changed, false friends added and removed.
/// </summary>
public sealed class ImpactScopeTests
{
    private static readonly Lazy<RdfGraph> Repository = new(LoadRepositoryGraph);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Compute_RandomEdits_ScopedImpactEqualsEveryPairTranslated(int seed)
    {
        var old = VocabularySnapshot.FromGraph(Repository.Value, "old");
        var edited = VocabularySnapshot.FromGraph(Edit(Repository.Value, old, new Random(seed)), "new");

        var scoped = VocabularyDiff.Compute(old, edited);
        var reference = VocabularyDiff.Compute(old, edited, fullImpact: true, CancellationToken.None);

        reference.Impact.Should().NotBeEmpty("the edits must move some translation, or the test proves nothing");
        scoped.Impact.Should().Equal(reference.Impact);
        scoped.TranslationsCompared.Should().BeLessThan(reference.TranslationsCompared);
    }

    private static RdfGraph Edit(RdfGraph source, VocabularySnapshot snapshot, Random random)
    {
        var triples = source.Triples.ToList();
        var concepts = snapshot.Schemes.SelectMany(s => s.Concepts).ToArray();
        var sector = concepts.Where(c => c.Scheme.Key != snapshot.CoreSchemeKey).ToArray();
        var core = snapshot.CoreScheme!.Concepts;
        var mappingProperties = SkosIris.MappingProperties.Select(p => p.Iri).ToArray();
        var mappings = triples.Where(t => mappingProperties.Contains(t.Predicate)).ToList();
        var removed = new HashSet<Triple>();
        var added = new List<Triple>();

        // Mappings removed, and mappings given another relation.
        foreach (var mapping in mappings.OrderBy(_ => random.Next()).Take(3))
        {
            removed.Add(mapping);
        }

        foreach (var mapping in mappings.Where(m => !removed.Contains(m)).OrderBy(_ => random.Next()).Take(3))
        {
            removed.Add(mapping);
            added.Add(mapping with { Predicate = mappingProperties[random.Next(mappingProperties.Length)] });
        }

        // New mappings from sector concepts to core concepts.
        for (var i = 0; i < 2; i++)
        {
            added.Add(new Triple(new Iri(sector[random.Next(sector.Length)].Iri), mappingProperties[random.Next(mappingProperties.Length)], new Iri(core[random.Next(core.Count)].Iri)));
        }

        // A concept removed with every triple about it, and every mapping to it.
        var gone = new Iri(concepts[random.Next(concepts.Length)].Iri);
        removed.UnionWith(triples.Where(t => t.Subject.Equals(gone) || t.Object.Equals(gone)));

        // A preferred label changed to the label of another concept (so a same-label warning can appear).
        var relabelled = new Iri(sector[random.Next(sector.Length)].Iri);
        var other = sector[random.Next(sector.Length)];
        foreach (var label in triples.Where(t => t.Subject.Equals(relabelled) && t.Predicate.Equals(SkosIris.PrefLabel) && t.Object is Literal { Language: "nl" }))
        {
            removed.Add(label);
            added.Add(label with { Object = new Literal(other.Display("nl"), language: "nl") });
        }

        // A false friend added, one removed.
        added.Add(new Triple(new Iri(sector[random.Next(sector.Length)].Iri), SkosIris.FalseFriendOf, new Iri(sector[random.Next(sector.Length)].Iri)));
        var friends = triples.Where(t => t.Predicate.Equals(SkosIris.FalseFriendOf)).ToList();
        if (friends.Count > 0)
        {
            removed.Add(friends[random.Next(friends.Count)]);
        }

        var graph = new RdfGraph();
        foreach (var triple in triples.Where(t => !removed.Contains(t)).Concat(added))
        {
            graph.Add(triple);
        }

        graph.BuildIndexes();
        return graph;
    }

    private static RdfGraph LoadRepositoryGraph()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "vocab");
        var graph = new RdfGraph();
        foreach (var file in Directory.EnumerateFiles(directory, "*.ttl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            graph.Load(stream, RdfSyntax.Turtle, new RdfReaderOptions { SourceName = file, BaseIri = new Uri(file).AbsoluteUri });
        }

        graph.BuildIndexes();
        return graph;
    }
}
