using System.Diagnostics;
using System.Net;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Snapshots;

public sealed class FolderWatchReloadTests : IAsyncLifetime
{
    private readonly TestVocabulary _vocabulary = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(_vocabulary.Directory, watch: true);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _vocabulary.Dispose();
    }

    [Fact]
    public async Task GoodEdit_IsLiveWithinOneSecond()
    {
        // A first edit warms the reload path up (JIT); the one measured is an ordinary edit of a running server.
        var cold = _server.Vocabulary.Current.Version;
        File.AppendAllText(Path.Combine(_vocabulary.Directory, "vaph.ttl"), "\n# warm-up\n");
        await WaitUntil(() => _server.Vocabulary.Current.Version != cold, TimeSpan.FromSeconds(10));
        var before = _server.Vocabulary.Current.Version;
        var stopwatch = Stopwatch.StartNew();
        _vocabulary.Write("kern.ttl", TestVocabulary.Kern + """
            kern:nieuw a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "nieuw" ;
                skos:prefLabel "nieuw"@nl , "new"@en ; skos:definition "Nieuw."@nl ; dct:source "seeds/test.txt" .
            """);

        await WaitUntil(() => _server.Vocabulary.Current.Version != before, TimeSpan.FromSeconds(5));
        var elapsed = stopwatch.Elapsed;

        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        var answer = await new FhirClient(_server.Http).GetAsync("/fhir/CodeSystem/$lookup?system=kern&code=nieuw");
        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.VocabularyVersion.Should().Be(_server.Vocabulary.Current.Version);
    }

    [Fact]
    public async Task BadEdit_KeepsServingTheLastGoodVersionAndReportsTheFailure()
    {
        var before = _server.Vocabulary.Current.Version;
        var failed = new TaskCompletionSource<VocabularyEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Vocabulary.Reloaded += e =>
        {
            if (e.Kind == VocabularyEventKind.ReloadFailed)
            {
                failed.TrySetResult(e);
            }
        };

        _vocabulary.WriteRaw("ggz.ttl", TestVocabulary.Prefixes + "ggz:kapot a skos:Concept ;\n    skos:notation \"kapot\" skos:inScheme .\n");

        var outcome = await failed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        outcome.Version.Should().Be(before);
        outcome.Diagnostics.Should().Contain(d => d.File == "ggz.ttl" && d.Line > 0);
        _server.Vocabulary.Current.Version.Should().Be(before);
        var answer = await new FhirClient(_server.Http).GetAsync("/fhir/CodeSystem/$lookup?system=ggz&code=dubbeldiagnose");
        answer.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BurstOfEdits_EndsOnTheLastEdit()
    {
        for (var i = 0; i < 10; i++)
        {
            _vocabulary.Write("vaph.ttl", TestVocabulary.Vaph + $$"""
                vaph:extra{{i}} a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ; skos:notation "extra{{i}}" ;
                    skos:prefLabel "extra {{i}}"@nl , "extra {{i}}"@en ; skos:definition "Extra."@nl ; dct:source "seeds/test.txt" ;
                    skos:relatedMatch kern:zorgcoordinatie .
                """);
            await Task.Delay(20);
        }

        await WaitUntil(() => _server.Vocabulary.Current.Snapshot.TryGetScheme("vaph", out var vaph) && _server.Vocabulary.Current.Snapshot.TryGetConcept(vaph, "extra9", out _), TimeSpan.FromSeconds(5));

        _server.Vocabulary.Current.Snapshot.TryGetScheme("vaph", out var scheme).Should().BeTrue();
        scheme!.Concepts.Select(c => c.Code).Should().Contain("extra9").And.NotContain("extra8");
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException("condition not met within " + timeout);
            }

            await Task.Delay(10);
        }
    }
}
