using System.Globalization;
using System.Text;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Loading;

/// <summary>
/// A scheme large enough that the loader reads its concepts on several threads (thousands of members): the snapshot
/// must be the one a single reader in member order would make, and its hierarchy, codes, positions and mappings must be
/// what the file says.
/// </summary>
public sealed class LargeSchemeLoadTests : IDisposable
{
    private const int Count = 12_000;
    private const int Fanout = 4;
    private const int HeaderLines = 7;
    private readonly string _folder = Directory.CreateTempSubdirectory("tz-large-").FullName;

    public LargeSchemeLoadTests()
    {
        // One concept per line, so each concept's skos:inScheme is on a known line. c0 is only skos:topConceptOf (the
        // second membership range); every concept but c0 has one parent, written from both sides; every seventh maps
        // to the one core concept.
        var text = new StringBuilder();
        text.Append("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n");
        text.Append("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n");
        text.Append("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
        text.Append("<http://ex.org/big> a skos:ConceptScheme ; skos:notation \"big\" ; skos:prefLabel \"Groot\"@nl .\n");
        text.Append("<http://ex.org/kern> a skos:ConceptScheme ; skos:notation \"kern\" ; skos:prefLabel \"Kern\"@nl .\n");
        text.Append("<http://ex.org/kern/k> a skos:Concept ; skos:inScheme <http://ex.org/kern> ; skos:prefLabel \"k\"@nl .\n");
        text.Append("<http://ex.org/big/c0> a skos:Concept ; skos:topConceptOf <http://ex.org/big> ; skos:prefLabel \"c 0\"@nl .\n");
        for (var i = 1; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<http://ex.org/big/c{i}> skos:inScheme <http://ex.org/big> ; a skos:Concept ; skos:prefLabel \"c {i}\"@nl ; skos:altLabel \"alt {i}\"@en ; skos:broader <http://ex.org/big/c{Parent(i)}>");
            text.Append(i % 7 == 0 ? " ; skos:exactMatch <http://ex.org/kern/k> .\n" : " .\n");
        }

        for (var i = 1; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<http://ex.org/big/c{Parent(i)}> skos:narrower <http://ex.org/big/c{i}> .\n");
        }

        File.WriteAllText(Path.Combine(_folder, "big.ttl"), text.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadDirectory_ThousandsOfMembers_EveryConceptWithItsCodeLabelsPositionAndHierarchy()
    {
        var snapshot = VocabularyLoader.LoadDirectory(_folder).Snapshot;

        snapshot.ConceptCount.Should().Be(Count + 1);
        snapshot.TryGetScheme("big", out var big).Should().BeTrue();
        big!.Concepts.Select(c => c.Code).Should().Equal(Enumerable.Range(0, Count).Select(i => $"c{i}").Order(StringComparer.Ordinal));
        for (var i = 0; i < Count; i++)
        {
            var concept = snapshot.FindByIri($"http://ex.org/big/c{i}")!;
            concept.Code.Should().Be($"c{i}");
            concept.Scheme.Should().BeSameAs(big);
            concept.Display("nl").Should().Be($"c {i}");
            concept.Labels.Select(l => (l.Text, l.Language, l.Kind)).Should().Equal(
                i == 0 ? [("c 0", "nl", LabelKind.Preferred)] : [($"c {i}", "nl", LabelKind.Preferred), ($"alt {i}", "en", LabelKind.Alternative)]);
            concept.Location!.Line.Should().Be(i == 0 ? HeaderLines : HeaderLines + i);
            concept.Broader.Select(c => c.Code).Should().Equal(i == 0 ? [] : [$"c{Parent(i)}"]);
            concept.Narrower.Select(c => c.Code).Should().Equal(Children(i).Select(c => $"c{c}").Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void LoadDirectory_ThousandsOfMembers_EachMappingOnBothSidesOnce()
    {
        var snapshot = VocabularyLoader.LoadDirectory(_folder).Snapshot;

        var mapped = Enumerable.Range(1, Count - 1).Where(i => i % 7 == 0).Select(i => $"http://ex.org/big/c{i}").ToList();
        snapshot.Mappings.Should().HaveCount(mapped.Count);
        var core = snapshot.FindByIri("http://ex.org/kern/k")!;
        core.Mappings.Should().HaveCount(mapped.Count).And.OnlyContain(m => m.Reversed && m.From == core && m.Relation == MappingRelation.Exact);
        core.Mappings.Select(m => m.To.Iri).Should().BeEquivalentTo(mapped);
        core.Mappings.Select(m => m.To).Should().Equal(snapshot.Mappings.Select(m => m.Subject), "each side lists its mappings in the order of the mapping list");
        for (var i = 1; i < Count; i++)
        {
            var concept = snapshot.FindByIri($"http://ex.org/big/c{i}")!;
            concept.Mappings.Select(m => (m.To, m.Reversed)).Should().Equal(i % 7 == 0 ? [(core, false)] : []);
        }
    }

    private static int Parent(int i) => (i - 1) / Fanout;

    private static IEnumerable<int> Children(int i) => Enumerable.Range((i * Fanout) + 1, Fanout).Where(c => c < Count);
}
