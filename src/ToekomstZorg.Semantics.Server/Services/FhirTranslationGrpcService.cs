using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Grpc.Server;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Services;

/// <summary>
/// <c>toekomstzorg.semantics.v1.FhirTranslationService</c>: CarePlan, CareTeam and Bundle translation between schemes.
/// Invalid JSON or the wrong resource type is INVALID_ARGUMENT with the position, a resource over the limit
/// RESOURCE_EXHAUSTED; the resource's content never appears in a status message or a log line.
/// </summary>
public sealed class FhirTranslationGrpcService(IVocabularySource vocabulary)
{
    /// <summary>Translates a CarePlan.</summary>
    public Task<FhirTranslateResponse> TranslateCarePlan(FhirTranslateRequest request, ServerCallContext context) =>
        Task.FromResult(CallFaults.Answer(() => FhirTranslationMessages.Translate(vocabulary.Current, request, "CarePlan")));

    /// <summary>Translates a CareTeam.</summary>
    public Task<FhirTranslateResponse> TranslateCareTeam(FhirTranslateRequest request, ServerCallContext context) =>
        Task.FromResult(CallFaults.Answer(() => FhirTranslationMessages.Translate(vocabulary.Current, request, "CareTeam")));

    /// <summary>Translates a Bundle (its CarePlans, CareTeams, Goals).</summary>
    public Task<FhirTranslateResponse> TranslateBundle(FhirTranslateRequest request, ServerCallContext context) =>
        Task.FromResult(CallFaults.Answer(() => FhirTranslationMessages.Translate(vocabulary.Current, request, "Bundle")));
}
