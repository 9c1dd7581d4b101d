using Google.Protobuf.Reflection;
using ToekomstZorg.Semantics.Contracts.Client.Internal;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Grpc;
using ToekomstZorg.Semantics.Grpc.Client;

namespace ToekomstZorg.Semantics.Contracts.Client;

/// <summary>
/// A typed client of <c>toekomstzorg.semantics.v1.FhirTranslationService</c> over <see cref="GrpcClient"/>: FHIR R4
/// CarePlan, CareTeam and Bundle translation between sectors, method paths from <see cref="FhirReflection"/>. The service
/// may require a bearer token: pass it as <see cref="GrpcClient.BearerToken"/> or as <c>authorization</c> metadata in
/// <see cref="CallOptions.Headers"/>; without it the call fails with UNAUTHENTICATED (<see cref="RpcException"/>).
/// </summary>
public sealed class FhirTranslationServiceClient
{
    private static readonly ServiceDescriptor Service = FhirReflection.Descriptor.FindTypeByName<ServiceDescriptor>("FhirTranslationService");
    private static readonly string TranslateCarePlanPath = ServiceMethodPaths.Of(Service, "TranslateCarePlan");
    private static readonly string TranslateCareTeamPath = ServiceMethodPaths.Of(Service, "TranslateCareTeam");
    private static readonly string TranslateBundlePath = ServiceMethodPaths.Of(Service, "TranslateBundle");

    private readonly GrpcClient _client;

    /// <summary>Creates the client over a connection to the server (the <see cref="GrpcClient"/> is not disposed by it).</summary>
    /// <param name="client">The gRPC connection.</param>
    public FhirTranslationServiceClient(GrpcClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>The service's descriptor (its full name, methods and message types).</summary>
    public static ServiceDescriptor Descriptor => Service;

    /// <summary>Translates the codings of a FHIR R4 CarePlan (JSON) into the target scheme.</summary>
    /// <param name="request">The resource JSON, the target system and the mode.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<FhirTranslateResponse> TranslateCarePlanAsync(FhirTranslateRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(TranslateCarePlanPath, request, FhirTranslateResponse.Parser, options);

    /// <summary>Translates the codings of a FHIR R4 CareTeam (JSON) into the target scheme.</summary>
    /// <param name="request">The resource JSON, the target system and the mode.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<FhirTranslateResponse> TranslateCareTeamAsync(FhirTranslateRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(TranslateCareTeamPath, request, FhirTranslateResponse.Parser, options);

    /// <summary>Translates the CarePlans and CareTeams of a FHIR R4 Bundle (JSON) into the target scheme.</summary>
    /// <param name="request">The resource JSON, the target system and the mode.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<FhirTranslateResponse> TranslateBundleAsync(FhirTranslateRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(TranslateBundlePath, request, FhirTranslateResponse.Parser, options);
}
