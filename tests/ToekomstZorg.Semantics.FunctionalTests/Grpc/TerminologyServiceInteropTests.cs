using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>Every TerminologyService RPC, called by python3-grpcio against the real server on the repository's vocabulary.</summary>
public sealed class TerminologyServiceInteropTests(FunctionalServer server) : IClassFixture<FunctionalServer>
{
    [Fact]
    public async Task ListSchemes_ReturnsTheSchemesAndTheServedVersion()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "ListSchemes", "{}");

        result.Status.Should().Be("OK", result.ToString());
        result.Message.GetProperty("vocabulary_version").GetString().Should().Be(server.Vocabulary.Current.Version);
        result.Message.GetProperty("schemes").GetArrayLength().Should().Be(server.Vocabulary.Current.Snapshot.Schemes.Count);
    }

    [Fact]
    public async Task Lookup_ByKeyAndByIri_ReturnsTheConcept()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();
        var key = sample.Schemes.Single(s => s.System == system).Key;

        var byKey = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Lookup", Json(new { system = key, code }));
        var byIri = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Lookup", Json(new { system, code, languages = new[] { "en" } }));

        byKey.Status.Should().Be("OK", byKey.ToString());
        var concept = byKey.Message.GetProperty("concept");
        concept.GetProperty("system").GetString().Should().Be(system);
        concept.GetProperty("code").GetString().Should().Be(code);
        concept.GetProperty("labels").GetArrayLength().Should().BeGreaterThan(0);
        byIri.Message.GetProperty("concept").GetProperty("code").GetString().Should().Be(code);
        byIri.Message.GetProperty("vocabulary_version").GetString().Should().Be(sample.Version);
    }

    [Fact]
    public async Task Lookup_UnknownCode_IsNotFoundNamingSystemAndCode()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var system = sample.Schemes[0].System;

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Lookup", Json(new { system, code = "bestaat-niet" }));

        result.Status.Should().Be("NOT_FOUND");
        result.Details.Should().Contain("bestaat-niet").And.Contain(system);
    }

    [Fact]
    public async Task Lookup_MissingSystem_IsInvalidArgumentNamingTheField()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Lookup", Json(new { code = "x" }));

        result.Status.Should().Be("INVALID_ARGUMENT");
        result.Details.Should().StartWith("system");
    }

    [Fact]
    public async Task Search_PreferredLabel_FindsTheConceptFirst()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();
        var lookup = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Lookup", Json(new { system, code }));
        var display = lookup.Message.GetProperty("concept").GetProperty("display").GetString()!;

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Search", Json(new { text = display, systems = new[] { system } }));

        result.Status.Should().Be("OK", result.ToString());
        var first = result.Messages[0].GetProperty("matches")[0];
        first.GetProperty("matched_label").GetString().Should().Be(display);
        result.Message.GetProperty("vocabulary_version").GetString().Should().Be(sample.Version);
    }

    [Fact]
    public async Task Translate_AnyConceptToAnotherScheme_AnswersWithSourceTargetAndVersion()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();
        var target = sample.Schemes.First(s => s.System != system).Key;

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Translate", Json(new { system, code, target_system = target, request_id = "t-1" }));

        result.Status.Should().Be("OK", result.ToString());
        result.Message.GetProperty("system").GetString().Should().Be(system);
        result.Message.GetProperty("code").GetString().Should().Be(code);
        result.Message.GetProperty("request_id").GetString().Should().Be("t-1");
        result.Message.GetProperty("vocabulary_version").GetString().Should().Be(sample.Version);
        var expected = server.Vocabulary.Current.Snapshot!.Translate(system, code, target).Matches.Count;
        (result.Message.TryGetProperty("matches", out var matches) ? matches.GetArrayLength() : 0).Should().Be(expected);
    }

    [Fact]
    public async Task TranslateStream_Batch_AnswersEachInOrderWithItsRequestId()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();
        var target = sample.Schemes.First(s => s.System != system).Key;
        var requests = Enumerable.Range(0, 5).Select(i => Json(new { system, code, target_system = target, request_id = $"r{i}" })).ToArray();

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, ["bidi", Services.Terminology, "TranslateStream", .. requests]);

        result.Status.Should().Be("OK", result.ToString());
        result.Messages.Select(m => m.GetProperty("request_id").GetString()).Should().Equal("r0", "r1", "r2", "r3", "r4");
    }

    [Fact]
    public async Task TranslateStream_BadItems_AnsweredInBandAndTheBatchGoesOn()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "bidi", Services.Terminology, "TranslateStream",
            Json(new { system, code, target_system = system, request_id = "good" }),
            Json(new { system, code = "", target_system = system, request_id = "missing" }),
            Json(new { system, code = "no-such-code", target_system = system, request_id = "unknown" }),
            Json(new { system, code, target_system = system, request_id = "after" }));

        result.Status.Should().Be("OK", "a bad item does not end the batch: " + result);
        result.Messages.Select(m => m.GetProperty("request_id").GetString()).Should().Equal("good", "missing", "unknown", "after");
        result.Messages[0].TryGetProperty("error", out _).Should().BeFalse();
        result.Messages[3].TryGetProperty("error", out _).Should().BeFalse();
        var missing = result.Messages[1].GetProperty("error");
        missing.GetProperty("code").GetInt32().Should().Be(3, "INVALID_ARGUMENT");
        missing.GetProperty("message").GetString().Should().Contain("request 1").And.Contain("code");
        var unknown = result.Messages[2].GetProperty("error");
        unknown.GetProperty("code").GetInt32().Should().Be(5, "NOT_FOUND");
        unknown.GetProperty("message").GetString().Should().Contain("no-such-code");
        result.Messages[2].GetProperty("code").GetString().Should().Be("no-such-code", "the item says what was asked");
    }

    [Fact]
    public async Task ValidateCode_KnownAndUnknownCodes()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();

        var known = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "ValidateCode", Json(new { system, code }));
        var unknown = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "ValidateCode", Json(new { system, code = "nope-nope" }));

        known.Message.GetProperty("result").GetBoolean().Should().BeTrue();
        unknown.Status.Should().Be("OK");
        unknown.Message.TryGetProperty("result", out _).Should().BeFalse("false is the proto3 default and is not serialized");
        unknown.Message.GetProperty("message").GetString().Should().Contain("nope-nope");
    }

    [Fact]
    public async Task Subsumes_SameCode_IsEquivalent()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Subsumes", Json(new { system, code_a = code, code_b = code }));

        result.Message.GetProperty("outcome").GetString().Should().Be("SUBSUMPTION_OUTCOME_EQUIVALENT");
    }

    [Fact]
    public async Task Expand_StreamsEveryConceptOfTheScheme()
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);

        foreach (var (system, _, count) in sample.Schemes)
        {
            sample.Codes[system].Should().HaveCount(count, $"Expand of {system} with deprecated concepts streams concept_count messages");
        }

        sample.Codes.Values.Sum(c => c.Count).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task WatchVocabulary_FirstMessage_IsTheCurrentVersion()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "server_stream", Services.Terminology, "WatchVocabulary", "{}", "--max", "1");

        var first = result.Messages.Should().ContainSingle().Subject;
        first.GetProperty("kind").GetString().Should().Be("KIND_CURRENT");
        first.GetProperty("vocabulary_version").GetString().Should().Be(server.Vocabulary.Current.Version);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
