using Microsoft.Extensions.Logging.Abstractions;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Snapshots;

public sealed class ServedVocabularyStoreTests : IDisposable
{
    private readonly TestVocabulary _vocabulary = new();

    public void Dispose() => _vocabulary.Dispose();

    [Fact]
    public void Open_ValidDirectory_ServesAVersionWithContentFingerprint()
    {
        var store = Open();

        store.Current.Version.Should().StartWith("2026-11-22+").And.HaveLength("2026-11-22+".Length + 12);
        store.Current.Snapshot.Schemes.Select(s => s.Key).Should().BeEquivalentTo("kern", "ggz", "vaph");
        store.Current.Snapshot.ConceptCount.Should().BePositive();
    }

    [Fact]
    public void Reload_GoodEdit_SwapsToANewVersionAndRaisesReloaded()
    {
        var store = Open();
        var before = store.Current;
        var events = new List<VocabularyEvent>();
        store.Reloaded += events.Add;
        _vocabulary.Write("vaph.ttl", TestVocabulary.Vaph + """
            vaph:nieuw a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ; skos:notation "nieuw" ;
                skos:prefLabel "nieuw"@nl , "new"@en ; skos:definition "Nieuw."@nl ; dct:source "seeds/test.txt" ;
                skos:relatedMatch kern:zorgcoordinatie .
            """);

        var outcome = store.Reload();

        outcome.Kind.Should().Be(VocabularyEventKind.Reloaded);
        store.Current.Version.Should().NotBe(before.Version).And.Be(outcome.Version);
        store.Current.Snapshot.TryGetScheme("vaph", out var vaph).Should().BeTrue();
        store.Current.Snapshot.TryGetConcept(vaph!, "nieuw", out _).Should().BeTrue();
        events.Should().ContainSingle().Which.Should().Be(outcome);
    }

    [Fact]
    public void Reload_SyntaxError_KeepsTheLastGoodVersionAndReportsThePosition()
    {
        var store = Open();
        var before = store.Current;
        _vocabulary.WriteRaw("ggz.ttl", TestVocabulary.Prefixes + "ggz:x a skos:Concept ;\n    skos:notation \"x\" \n    skos:inScheme ggz: .\n");

        var outcome = store.Reload();

        outcome.Kind.Should().Be(VocabularyEventKind.ReloadFailed);
        outcome.Version.Should().Be(before.Version);
        store.Current.Should().BeSameAs(before);
        var error = outcome.Diagnostics.Should().ContainSingle(d => d.RuleId == "TZ001").Subject;
        error.IsError.Should().BeTrue();
        error.Message.Should().StartWith("turtle-syntax");
        error.File.Should().Be("ggz.ttl");
        error.Line.Should().Be(TestVocabulary.Prefixes.Count(c => c == '\n') + 3);
        error.Column.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Reload_ErrorsInTwoFiles_ReportsBoth()
    {
        var store = Open();
        _vocabulary.WriteRaw("ggz.ttl", "@prefix broken");
        _vocabulary.WriteRaw("vaph.ttl", "<a> <b> .");

        var outcome = store.Reload();

        outcome.Diagnostics.Where(d => d.RuleId == "TZ001").Select(d => d.File).Should().BeEquivalentTo("ggz.ttl", "vaph.ttl");
    }

    [Fact]
    public void Reload_DuplicateCodeInAScheme_FailsWithThePositionOfTheSecond()
    {
        var store = Open();
        var before = store.Current;
        _vocabulary.Write("extra.ttl", """
            vaph:tweede a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ;
                skos:notation "begeleiding" ; skos:prefLabel "tweede"@nl , "second"@en ; skos:definition "Dubbel."@nl ;
                dct:source "seeds/test.txt" ; skos:relatedMatch kern:zorgcoordinatie .
            """);

        var outcome = store.Reload();

        outcome.Kind.Should().Be(VocabularyEventKind.ReloadFailed);
        store.Current.Should().BeSameAs(before);
        var error = outcome.Diagnostics.Should().ContainSingle(d => d.IsError).Subject;
        error.RuleId.Should().Be("TZ017");
        error.Message.Should().Contain("begeleiding");
        error.Line.Should().BeGreaterThan(0);
        error.File.Should().BeOneOf("extra.ttl", "vaph.ttl");
    }

    [Fact]
    public void Reload_WarningsOnly_IsServedWithTheWarnings()
    {
        var store = Open();
        _vocabulary.Write("extra.ttl", """
            vaph:alleen-nl a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ;
                skos:notation "alleen-nl" ; skos:prefLabel "alleen Nederlands"@nl ; skos:definition "Waarschuwing."@nl ;
                dct:source "seeds/test.txt" .
            vaph:alleen-nl skos:relatedMatch kern:overleg .
            [] a owl:Axiom ; owl:annotatedSource vaph:alleen-nl ; owl:annotatedProperty skos:relatedMatch ; owl:annotatedTarget kern:overleg ;
               rdfs:comment "Test."@nl .
            """);

        var outcome = store.Reload();

        outcome.Kind.Should().Be(VocabularyEventKind.Reloaded);
        var warning = outcome.Diagnostics.Should().ContainSingle(d => d.RuleId == "TZ016").Subject;
        warning.IsError.Should().BeFalse();
        (warning.File, warning.Line > 0).Should().Be(("extra.ttl", true));
        store.Current.Warnings.Should().Contain(warning);
    }

    [Fact]
    public void Reload_UnchangedBytes_KeepsTheSameSnapshot()
    {
        var store = Open();
        var before = store.Current;

        var outcome = store.Reload();

        outcome.Kind.Should().Be(VocabularyEventKind.Reloaded);
        store.Current.Should().BeSameAs(before);
    }

    [Fact]
    public void Reload_SnapshotTakenBefore_StillAnswersFromItsOwnVersion()
    {
        var store = Open();
        var inFlight = store.Current;
        _vocabulary.Write("vaph.ttl", TestVocabulary.Vaph.Replace("\"begeleiding\"@nl", "\"ondersteuning\"@nl"));

        store.Reload();

        Label(store.Current).Should().Be("ondersteuning", "the new version has the new label");
        Label(inFlight).Should().Be("begeleiding", "a call that started on the old snapshot finishes on it");
        inFlight.Version.Should().NotBe(store.Current.Version);

        static string Label(ServedVocabulary vocabulary) =>
            vocabulary.Snapshot.TryGetScheme("vaph", out var vaph) && vocabulary.Snapshot.TryGetConcept(vaph, "begeleiding", out var concept) ? concept.PrefLabels["nl"] : "?";
    }

    [Fact]
    public async Task Current_ReadWhileReloading_AlwaysAWholeValidSnapshot()
    {
        // Arrange: two readers translate on whatever snapshot is current while good and bad edits are reloaded.
        var store = Open();
        var valid = new HashSet<string> { store.Current.Version };
        store.Reloaded += e => { lock (valid) { valid.Add(e.Version); } };
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var seen = new List<string>();
            do
            {
                var current = store.Current;
                current.Snapshot.Translate("ggz", "dubbeldiagnose", "kern").Matches.Should().ContainSingle();
                seen.Add(current.Version);
            }
            while (!stop.IsCancellationRequested);

            return seen;
        })).ToArray();

        // Act
        for (var i = 0; i < 10; i++)
        {
            _vocabulary.Write("vaph.ttl", TestVocabulary.Vaph + (i % 2 == 0 ? $"\n# edit {i}\n" : "\nvaph:x skos:prefLabel \"x\"@nl ;\n"));
            store.Reload();
        }

        await stop.CancelAsync();
        var versions = (await Task.WhenAll(readers)).SelectMany(v => v).Distinct().ToList();

        // Assert: every version a reader saw was one the store served (bad edits never were).
        lock (valid)
        {
            valid.Count.Should().BeGreaterThan(1, "good edits were applied");
            versions.Should().NotBeEmpty().And.OnlyContain(v => valid.Contains(v));
        }
    }

    [Fact]
    public void Open_InvalidVocabulary_ThrowsWithDiagnostics()
    {
        _vocabulary.WriteRaw("kern.ttl", "this is not turtle");

        var open = () => Open();

        open.Should().Throw<VocabularyLoadException>().Which.Diagnostics.Should().Contain(d => d.File == "kern.ttl" && d.Line == 1);
    }

    [Fact]
    public void Open_DirectoryWithoutSchemes_Throws()
    {
        var empty = Directory.CreateTempSubdirectory("tz-empty-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(empty, "x.ttl"), "<https://e.org/a> <https://e.org/b> <https://e.org/c> .");

            var open = () => ServedVocabularyStore.Open(empty, new SnapshotVocabularyLoader(TimeProvider.System), NullLogger.Instance);

            open.Should().Throw<VocabularyLoadException>().Which.Diagnostics.Should().Contain(d => d.RuleId == "no-scheme");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private ServedVocabularyStore Open() => ServedVocabularyStore.Open(_vocabulary.Directory, new SnapshotVocabularyLoader(TimeProvider.System), NullLogger.Instance);
}
