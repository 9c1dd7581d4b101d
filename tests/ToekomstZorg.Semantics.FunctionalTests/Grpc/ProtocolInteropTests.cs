using System.Text.Json;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>The protocol as python3-grpcio sees it: deadlines, cancellation, limits, gzip, unknown methods, health, reflection.</summary>
public sealed class ProtocolInteropTests(FunctionalServer server) : IClassFixture<FunctionalServer>
{
    [Fact]
    public async Task Deadline_ExpiresDuringAWatch_IsDeadlineExceeded()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "server_stream", Services.Terminology, "WatchVocabulary", "{}", "--timeout", "0.5");

        result.Messages.Should().ContainSingle("the current version arrives before the deadline");
        result.Status.Should().Be("DEADLINE_EXCEEDED");
    }

    [Fact]
    public async Task Cancel_AWatch_IsCancelledAndTheServerKeepsServing()
    {
        var cancelled = await PythonGrpc.RunAsync(server.GrpcTarget, "cancel", Services.Terminology, "WatchVocabulary", "{}");
        var after = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "ListSchemes", "{}");

        cancelled.Status.Should().Be("CANCELLED");
        after.Status.Should().Be("OK");
    }

    [Fact]
    public async Task MessageOverTheLimit_IsResourceExhausted()
    {
        var request = JsonSerializer.Serialize(new { system = "kern", target_system = "kern" });

        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "Translate", request, "--fill", "code", (5 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.Status.Should().Be("RESOURCE_EXHAUSTED");
    }

    [Fact]
    public async Task Gzip_RequestCompressed_IsAnswered()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Terminology, "ListSchemes", "{}", "--gzip");

        result.Status.Should().Be("OK", result.ToString());
        result.Message.GetProperty("vocabulary_version").GetString().Should().Be(server.Vocabulary.Current.Version);
    }

    [Theory]
    [InlineData("toekomstzorg.semantics.v1.TerminologyService", "Nope")]
    [InlineData("toekomstzorg.semantics.v1.NoSuchService", "Lookup")]
    public async Task UnknownMethod_IsUnimplemented(string service, string method)
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "raw", service, method, "");

        result.Status.Should().Be("UNIMPLEMENTED");
    }

    [Fact]
    public async Task Health_Check_IsServing()
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "unary", Services.Health, "Check", "{}");

        result.Status.Should().Be("OK", result.ToString());
        result.Message.GetProperty("status").GetString().Should().Be("SERVING");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v1alpha")]
    public async Task Reflection_ListServices_NamesOurServices(string version)
    {
        var result = await PythonGrpc.RunAsync(server.GrpcTarget, "reflection_list", version);

        result.Status.Should().Be("OK", result.ToString());
        result.Messages.Single().GetProperty("list_services_response").GetProperty("service").EnumerateArray()
            .Select(s => s.GetProperty("name").GetString()).Should().Contain([Services.Terminology, Services.FhirTranslation, Services.Health]);
    }
}
