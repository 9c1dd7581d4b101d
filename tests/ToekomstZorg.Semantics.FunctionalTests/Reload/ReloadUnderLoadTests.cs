using System.Collections.Concurrent;
using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.FunctionalTests.Reload;

/// <summary>
/// Reload under load: while h2load drives Translate with 16 concurrent streams and python3-grpcio clients call it
/// without pause, 20 vocabulary edits land (good and bad alternately). No call fails (h2load: no reset stream, broken
/// connection or non-200; python3-grpcio: every grpc-status OK), and every answer carries a version that was valid when
/// it was served.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ReloadUnderLoadTests : IAsyncLifetime
{
    private readonly FunctionalServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task TwentyEdits_DuringTranslateLoad_NoCallFailsAndEveryVersionWasValid()
    {
        var sample = await VocabularySample.ReadAsync(_server.GrpcTarget);
        var (system, code) = sample.AnyConcept();
        var target = sample.Schemes.First(s => s.System != system).System;
        var valid = new ConcurrentBag<string> { _server.Vocabulary.Current.Version };
        var failures = 0;
        _server.Vocabulary.Reloaded += e =>
        {
            if (e.Kind == VocabularyEventKind.Reloaded)
            {
                valid.Add(e.Version);
            }
            else
            {
                Interlocked.Increment(ref failures);
            }
        };
        var request = JsonSerializer.Serialize(new { system, code, target_system = target });

        var h2load = H2Load.RunAsync(
            _server.GrpcTarget, Services.Terminology, "Translate",
            new Contracts.V1.TranslateRequest { System = system, Code = code, TargetSystem = target }, seconds: 6);
        var load = PythonGrpc.RunAsync(_server.GrpcTarget, "hammer", Services.Terminology, "Translate", request, "--seconds", "6", "--threads", "4");
        var file = Path.Combine(_server.VocabularyDirectory, "zz-load.ttl");
        for (var edit = 0; edit < 20; edit++)
        {
            await Task.Delay(250);
            await File.WriteAllTextAsync(file, edit % 2 == 0 ? GoodScheme(edit) : GoodScheme(edit) + "\n<broken> .\n");
        }

        var result = await load;
        var driven = await h2load;

        var line = result.Lines.Single();
        var statuses = line.GetProperty("statuses").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        statuses.Keys.Should().Equal(["OK"], $"no call may fail during reloads: {line}");
        statuses["OK"].Should().BeGreaterThan(100);
        var seen = line.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToList();
        seen.Should().OnlyContain(v => valid.Contains(v), "every answer carries a version that was served");
        // Good edits land 250 ms apart with a bad one between them and a 200 ms debounce: a good edit is only served
        // when its reload reads the folder within ~50 ms, which on 2 cores shared with h2load depends on the machine.
        // What this test holds is correctness under load (no failed call, only valid versions, bad edits reported);
        // reload latency is measured by scripts/reload-latency.py and held by FolderWatchReloadTests (live within 1 s).
        valid.Distinct().Count().Should().BeGreaterThan(2, "good edits were reloaded while the load ran");
        failures.Should().BeGreaterThan(0, "the bad edits were reported");
        driven.Failed.Should().Be(0, driven.Output);
        driven.Errored.Should().Be(0, driven.Output);
        driven.Succeeded.Should().BeGreaterThan(1000, "h2load kept Translate busy during the edits");
    }

    private static string GoodScheme(int edit) => $$"""
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/toekomstzorg/belasting> a skos:ConceptScheme ; skos:notation "belasting" ;
            skos:prefLabel "Belasting {{edit}}"@nl , "Load {{edit}}"@en ; skos:definition "Voor de test."@nl .
        """;
}
