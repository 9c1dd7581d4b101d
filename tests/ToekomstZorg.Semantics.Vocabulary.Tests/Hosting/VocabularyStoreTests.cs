using ToekomstZorg.Semantics.Vocabulary.Hosting;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Hosting;

public sealed class VocabularyStoreTests
{
    [Fact]
    public void Reload_GoodEdit_SwapsInTheNewVersion()
    {
        using var fixture = new FixtureVocabulary();
        var store = VocabularyStore.Open(fixture.Directory);
        var before = store.Current;
        File.AppendAllText(fixture.PathOf("kern.ttl"), "\n<https://w3id.org/toekomstzorg/kern/huisarts> <http://www.w3.org/2004/02/skos/core#altLabel> \"dokter\"@nl .\n");
        VocabularyReloaded? raised = null;
        store.Reloaded += r => raised = r;

        var outcome = store.Reload();

        outcome.Applied.Should().BeTrue();
        store.Current.Should().NotBeSameAs(before);
        store.Current.Version.Should().NotBe(before.Version).And.Be(outcome.Version);
        raised.Should().BeSameAs(outcome);
        store.Current.Search(new ToekomstZorg.Semantics.Vocabulary.Search.SearchQuery("dokter")).Should().ContainSingle();
    }

    [Fact]
    public void Reload_EditWithErrors_KeepsTheLastGoodSnapshotAndReportsPositions()
    {
        using var fixture = new FixtureVocabulary();
        var store = VocabularyStore.Open(fixture.Directory);
        var good = store.Current;
        File.AppendAllText(fixture.PathOf("ggz.ttl"), "\nggz:kapot skos:prefLabel \"kapot\"@nl ;\n");

        var outcome = store.Reload();

        outcome.Applied.Should().BeFalse();
        store.Current.Should().BeSameAs(good);
        outcome.Version.Should().Be(good.Version);
        outcome.Errors.Should().Contain(d => d.Rule == LintRules.Syntax && d.Location!.File == fixture.PathOf("ggz.ttl"));
    }

    [Fact]
    public void Open_FolderWithErrors_ThrowsWithTheErrors()
    {
        using var fixture = new FixtureVocabulary("TZ009-sector-concept-not-mapped-to-kern.ttl");
        var open = () => VocabularyStore.Open(fixture.Directory);
        open.Should().Throw<VocabularyLoadException>().Which.Errors.Should().Contain(d => d.Rule == LintRules.UnmappedSectorConcept);
    }

    [Fact]
    public async Task Current_ReadWhileReloading_AlwaysAWholeValidSnapshot()
    {
        using var fixture = new FixtureVocabulary();
        var store = VocabularyStore.Open(fixture.Directory);
        var valid = new HashSet<string> { store.Current.Version };
        store.Reloaded += r => { lock (valid) { valid.Add(r.Version); } };
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var seen = new List<string>();
            do
            {
                var snapshot = store.Current;
                snapshot.Translate("ggz", "huisarts", "vaph").Matches.Should().ContainSingle();
                seen.Add(snapshot.Version);
            }
            while (!stop.IsCancellationRequested);

            return seen;
        })).ToArray();

        for (var i = 0; i < 10; i++)
        {
            File.AppendAllText(fixture.PathOf("kern.ttl"), i % 2 == 0 ? $"\n# edit {i}\n" : "\nkern:x skos:prefLabel \"x\"@nl ;\n");
            store.Reload();
            if (i % 2 == 1)
            {
                File.WriteAllText(fixture.PathOf("kern.ttl"), File.ReadAllText(fixture.PathOf("kern.ttl")).Replace("\nkern:x skos:prefLabel \"x\"@nl ;\n", "\n", StringComparison.Ordinal));
            }
        }

        await stop.CancelAsync();
        var versions = (await Task.WhenAll(readers)).SelectMany(v => v).Distinct().ToList();
        lock (valid)
        {
            valid.Count.Should().BeGreaterThan(1, "good edits were applied");
            versions.Should().NotBeEmpty().And.OnlyContain(v => valid.Contains(v));
        }
    }
}
