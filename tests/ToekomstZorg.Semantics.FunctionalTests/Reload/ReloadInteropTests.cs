using System.Diagnostics;
using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Reload;

/// <summary>
/// Editing the served vocabulary while a python3-grpcio client watches: a good edit is live within a second and
/// announced on WatchVocabulary; a bad edit keeps the last good version serving and is announced with its positions.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ReloadInteropTests : IAsyncLifetime
{
    private const string Scheme = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix dct:  <http://purl.org/dc/terms/> .
        <https://w3id.org/toekomstzorg/functioneel> a skos:ConceptScheme ; skos:notation "functioneel" ;
            skos:prefLabel "Functionele test"@nl , "Functional test"@en ; skos:definition "Voor de test."@nl .
        <https://w3id.org/toekomstzorg/functioneel/proef> a skos:Concept ; skos:notation "proef" ;
            skos:inScheme <https://w3id.org/toekomstzorg/functioneel> ;
            skos:prefLabel "proef"@nl , "trial"@en ; skos:definition "Een proef."@nl ; dct:source "test" .
        """;

    private readonly FunctionalServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Edits_GoodThenBad_AreAnnouncedAndOnlyTheGoodOneIsServed()
    {
        using var watch = PythonGrpc.Start(_server.GrpcTarget, "server_stream", Services.Terminology, "WatchVocabulary", "{}", "--timeout", "30");
        try
        {
            var current = await NextEventAsync(watch);
            current.GetProperty("kind").GetString().Should().Be("KIND_CURRENT");
            var first = current.GetProperty("vocabulary_version").GetString();

            // A first edit warms the reload path up (JIT); then the measured edit of a running server.
            await File.AppendAllTextAsync(Path.Combine(_server.VocabularyDirectory, "zz-warm-up.ttl"), "# warm-up\n");
            var warm = await NextEventAsync(watch);
            warm.GetProperty("kind").GetString().Should().Be("KIND_RELOADED", warm.ToString());
            first = warm.GetProperty("vocabulary_version").GetString();

            // A good edit: a new scheme file (its concept mapped to kern when the vocabulary has one, as the lint requires).
            var scheme = Scheme + KernMapping(_server);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(Path.Combine(_server.VocabularyDirectory, "zz-functioneel.ttl"), scheme);
            var reloaded = await NextEventAsync(watch);
            var latency = clock.Elapsed;
            reloaded.GetProperty("kind").GetString().Should().Be("KIND_RELOADED");
            var second = reloaded.GetProperty("vocabulary_version").GetString();
            second.Should().NotBe(first);
            latency.Should().BeLessThan(TimeSpan.FromSeconds(1), "an edit that lints clean is live within a second");
            var lookup = await PythonGrpc.RunAsync(_server.GrpcTarget, "unary", Services.Terminology, "Lookup", """{"system":"functioneel","code":"proef"}""");
            lookup.Status.Should().Be("OK", lookup.ToString());
            lookup.Message.GetProperty("vocabulary_version").GetString().Should().Be(second);

            // A bad edit: a syntax error on line 3.
            await File.WriteAllTextAsync(Path.Combine(_server.VocabularyDirectory, "zz-functioneel.ttl"), scheme.Replace("skos:notation \"proef\" ;", "skos:notation \"proef\" ;;; skos:broader ."));
            var failed = await NextEventAsync(watch);
            failed.GetProperty("kind").GetString().Should().Be("KIND_RELOAD_FAILED");
            failed.GetProperty("vocabulary_version").GetString().Should().Be(second, "the last good version keeps serving");
            var diagnostic = failed.GetProperty("diagnostics")[0];
            diagnostic.GetProperty("file").GetString().Should().Be("zz-functioneel.ttl");
            diagnostic.GetProperty("line").GetInt32().Should().BeGreaterThan(0);
            diagnostic.GetProperty("severity").GetString().Should().Be("error");
            var still = await PythonGrpc.RunAsync(_server.GrpcTarget, "unary", Services.Terminology, "Lookup", """{"system":"functioneel","code":"proef"}""");
            still.Message.GetProperty("vocabulary_version").GetString().Should().Be(second);
        }
        finally
        {
            watch.Kill();
        }
    }

    private static string KernMapping(FunctionalServer server)
    {
        var current = server.Vocabulary.Current;
        if (!current.Snapshot.TryGetScheme("kern", out var kern) || kern.Concepts.Count == 0)
        {
            return string.Empty;
        }

        var target = kern.Concepts[0].Iri;
        return $$"""

            <https://w3id.org/toekomstzorg/functioneel/proef> <http://www.w3.org/2004/02/skos/core#relatedMatch> <{{target}}> .
            [] a <http://www.w3.org/2002/07/owl#Axiom> ;
               <http://www.w3.org/2002/07/owl#annotatedSource> <https://w3id.org/toekomstzorg/functioneel/proef> ;
               <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#relatedMatch> ;
               <http://www.w3.org/2002/07/owl#annotatedTarget> <{{target}}> ;
               <http://www.w3.org/2000/01/rdf-schema#comment> "Test."@nl .
            """;
    }

    private static async Task<JsonElement> NextEventAsync(Process watch)
    {
        var line = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10))
            ?? throw new InvalidOperationException("the watch ended: " + await watch.StandardError.ReadToEndAsync());
        var json = JsonDocument.Parse(line).RootElement;
        return json.TryGetProperty("message", out var message) ? message : throw new InvalidOperationException("not an event: " + line);
    }
}
