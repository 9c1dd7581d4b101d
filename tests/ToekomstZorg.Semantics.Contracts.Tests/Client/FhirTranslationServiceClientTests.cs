using Grpc.Core;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.Tests.Support;
using ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Contracts.Tests.Client;

/// <summary>The generated FhirTranslationService client (Grpc.Net.Client) against the real server (no token configured).</summary>
public sealed class FhirTranslationServiceClientTests(RunningTerminologyServer server) : IClassFixture<RunningTerminologyServer>, IDisposable
{
    private readonly GrpcChannel _connection = server.Connect();

    private FhirTranslationService.FhirTranslationServiceClient Client => new(_connection);

    public void Dispose() => _connection.Dispose();

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
        var act = async () => await Client.TranslateBundleAsync(new FhirTranslateRequest { ResourceJson = "{ niet json", TargetSystem = "kern" });

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.InvalidArgument);
    }
}
