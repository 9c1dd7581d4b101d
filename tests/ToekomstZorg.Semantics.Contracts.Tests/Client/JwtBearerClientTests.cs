using System.Security.Claims;
using System.Text;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ToekomstZorg.Semantics.Contracts.Tests.Support;
using ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Contracts.Tests.Client;

/// <summary>
/// JWT bearer tokens (Tzsem:Jwt) next to a static token (Tzsem:BearerTokens), signed here with a local key: a token is
/// accepted for the services its <c>scope</c> names; a missing, forged, expired or foreign token is UNAUTHENTICATED, a valid
/// one without the service's scope PERMISSION_DENIED; health stays open.
/// </summary>
public sealed class JwtBearerClientTests : IAsyncLifetime
{
    private const string Issuer = "https://idp.voorbeeld.be";
    private const string Audience = "tzsem";
    private const string SigningKey = "een-lokale-testsleutel-van-minstens-32-bytes";
    private const string StaticToken = "statisch-fhir-token";

    private static readonly string Terminology = TerminologyService.Descriptor.FullName;
    private static readonly string Fhir = FhirTranslationService.Descriptor.FullName;

    private readonly RunningTerminologyServer _server = new(new Dictionary<string, string?>
    {
        ["Tzsem:Jwt:Issuer"] = Issuer,
        ["Tzsem:Jwt:Audience"] = Audience,
        ["Tzsem:Jwt:SigningKey"] = SigningKey,
        [$"Tzsem:BearerTokens:{FhirTranslationService.Descriptor.FullName}"] = StaticToken,
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Lookup_JwtWithTheServiceScope_IsServed()
    {
        var response = await LookupAsync(Token(scope: $"{Fhir} {Terminology}"));

        response.Concept.Code.Should().Be("dubbeldiagnose");
    }

    [Fact]
    public async Task Lookup_JwtWithoutTheServiceScope_PermissionDeniedNamingTheScope()
    {
        var act = () => LookupAsync(Token(scope: Fhir));

        var thrown = (await act.Should().ThrowAsync<RpcException>()).Which;
        thrown.StatusCode.Should().Be(StatusCode.PermissionDenied);
        thrown.Status.Detail.Should().Contain(Terminology);
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("signed with another key")]
    [InlineData("expired")]
    [InlineData("another audience")]
    [InlineData("another issuer")]
    public async Task Lookup_TokenThatIsNotValid_Unauthenticated(string scenario)
    {
        var token = scenario switch
        {
            "no token" => null,
            "signed with another key" => Token(Terminology, key: "een-andere-sleutel-ook-van-minstens-32-bytes"),
            "expired" => Token(Terminology, expires: DateTime.UtcNow.AddMinutes(-5)),
            "another audience" => Token(Terminology, audience: "iets-anders"),
            _ => Token(Terminology, issuer: "https://elders.example"),
        };

        var act = () => LookupAsync(token);

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task StaticToken_ForTheFhirServiceOnly_ServedThereAndPermissionDeniedOnTerminology()
    {
        using var channel = _server.Connect(StaticToken);
        const string careTeam = """{"resourceType":"CareTeam","status":"active"}""";

        var fhir = await new FhirTranslationService.FhirTranslationServiceClient(channel).TranslateCareTeamAsync(
            new FhirTranslateRequest { ResourceJson = careTeam, TargetSystem = "kern" });
        var act = async () => await new TerminologyService.TerminologyServiceClient(channel).ListSchemesAsync(new ListSchemesRequest());

        fhir.ResourceJson.Should().Contain("CareTeam");
        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task HealthCheck_WithoutToken_IsServing()
    {
        using var channel = _server.Connect();

        var response = await new global::Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new global::Grpc.Health.V1.HealthCheckRequest());

        response.Status.Should().Be(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
    }

    private async Task<LookupResponse> LookupAsync(string? token)
    {
        using var channel = token is null ? _server.Connect() : _server.Connect(token);
        return await new TerminologyService.TerminologyServiceClient(channel).LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" });
    }

    private static string Token(string scope, string key = SigningKey, DateTime? expires = null, string audience = Audience, string issuer = Issuer) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "zorgapp-1"), new Claim("scope", scope)]),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(10)).AddMinutes(-20),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}
