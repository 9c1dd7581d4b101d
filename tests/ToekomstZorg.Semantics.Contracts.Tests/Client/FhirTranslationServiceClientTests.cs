using ToekomstZorg.Semantics.Contracts.Client;
using ToekomstZorg.Semantics.Contracts.Tests.Support;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Grpc;
using ToekomstZorg.Semantics.Grpc.Client;

namespace ToekomstZorg.Semantics.Contracts.Tests.Client;

/// <summary>The typed FhirTranslationService client against the real server (no token configured).</summary>
public sealed class FhirTranslationServiceClientTests(RunningTerminologyServer server) : IClassFixture<RunningTerminologyServer>, IDisposable
{
    private readonly GrpcClient _connection = server.Connect();

    private FhirTranslationServiceClient Client => new(_connection);

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Descriptor_EveryRpcOfTheProto_HasAClientMethod()
    {
        var methods = typeof(FhirTranslationServiceClient).GetMethods().Select(m => m.Name).ToHashSet();

        FhirTranslationServiceClient.Descriptor.Methods.Select(m => m.Name + "Async").Should().BeSubsetOf(methods);
    }

    [Fact]
    public async Task TranslateCareTeamAsync_CareTeam_AnswersWithTheVocabularyVersion()
    {
        const string careTeam = """{"resourceType":"CareTeam","status":"active","name":"voorbeeld"}""";

        var response = await Client.TranslateCareTeamAsync(new FhirTranslateRequest { ResourceJson = careTeam, TargetSystem = "kern" });

        response.VocabularyVersion.Should().NotBeEmpty();
        response.ResourceJson.Should().Contain("\"CareTeam\"");
        response.Codings.Should().BeEmpty("the team has no coded element");
    }

    [Fact]
    public async Task TranslateBundleAsync_NotJson_ThrowsInvalidArgument()
    {
        var act = () => Client.TranslateBundleAsync(new FhirTranslateRequest { ResourceJson = "{ niet json", TargetSystem = "kern" });

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.InvalidArgument);
    }
}
