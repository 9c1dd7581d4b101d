using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>FhirTranslationService called by python3-grpcio.</summary>
public sealed class FhirTranslationServiceInteropTests(FunctionalServer server) : IClassFixture<FunctionalServer>
{
    [Theory]
    [InlineData("TranslateCarePlan", "CarePlan")]
    [InlineData("TranslateCareTeam", "CareTeam")]
    [InlineData("TranslateBundle", "Bundle")]
    public async Task Translate_ResourceWithAVocabularyCoding_ReturnsResourceOutcomeAndReport(string method, string type)
    {
        var sample = await VocabularySample.ReadAsync(server.GrpcTarget);
        var (system, code) = sample.AnyConcept();
        var target = sample.Schemes.First(s => s.System != system).System;
        var coding = new { system, code };
        object resource = type switch
        {
            "CarePlan" => new { resourceType = "CarePlan", status = "active", intent = "plan", subject = new { reference = "Patient/p" }, category = new[] { new { coding = new[] { coding } } } },
            "CareTeam" => new { resourceType = "CareTeam", status = "active", category = new[] { new { coding = new[] { coding } } } },
            _ => new { resourceType = "Bundle", type = "collection", entry = new[] { new { resource = new { resourceType = "CareTeam", status = "active", category = new[] { new { coding = new[] { coding } } } } } } },
        };

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.FhirTranslation, method,
            JsonSerializer.Serialize(new { resource_json = JsonSerializer.Serialize(resource), target_system = target, mode = "TRANSLATION_MODE_ADD" }));

        result.Status.Should().Be("OK", result.ToString());
        var message = result.Message;
        JsonDocument.Parse(message.GetProperty("resource_json").GetString()!).RootElement.GetProperty("resourceType").GetString().Should().Be(type);
        JsonDocument.Parse(message.GetProperty("operation_outcome_json").GetString()!).RootElement.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        message.GetProperty("codings")[0].GetProperty("source_code").GetString().Should().Be(code);
        message.GetProperty("vocabulary_version").GetString().Should().Be(sample.Version);
    }

    [Fact]
    public async Task TranslateCarePlan_InvalidJson_IsInvalidArgumentWithPositionAndNoContent()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.FhirTranslation, "TranslateCarePlan",
            JsonSerializer.Serialize(new { resource_json = "{\"resourceType\":\"CarePlan\",\n\"note\":[{\"text\":\"vertrouwelijk\"}],\n\"status\": }", target_system = server.Vocabulary.Current.Snapshot.Schemes[0].Key }));

        result.Status.Should().Be("INVALID_ARGUMENT");
        result.Details.Should().StartWith("resource_json").And.Contain("line 3").And.NotContain("vertrouwelijk");
    }

    [Fact]
    public async Task TranslateCareTeam_GivenACarePlan_IsInvalidArgumentNamingTheType()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.FhirTranslation, "TranslateCareTeam",
            JsonSerializer.Serialize(new { resource_json = "{\"resourceType\":\"CarePlan\"}", target_system = server.Vocabulary.Current.Snapshot.Schemes[0].Key }));

        result.Status.Should().Be("INVALID_ARGUMENT");
        result.Details.Should().Contain("CarePlan").And.Contain("CareTeam");
    }

    [Fact]
    public async Task TranslateCarePlan_UnknownTarget_IsNotFoundNamingIt()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.FhirTranslation, "TranslateCarePlan",
            JsonSerializer.Serialize(new { resource_json = "{\"resourceType\":\"CarePlan\"}", target_system = "snomed" }));

        result.Status.Should().Be("NOT_FOUND");
        result.Details.Should().Contain("target_system").And.Contain("snomed");
    }
}
