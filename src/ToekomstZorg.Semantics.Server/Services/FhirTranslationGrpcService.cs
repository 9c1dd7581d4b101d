using ToekomstZorg.Semantics.Contracts.V1;
using Grpc.Core;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Services;

/// <summary>
/// <c>toekomstzorg.semantics.v1.FhirTranslationService</c>: CarePlan, CareTeam and Bundle translation between schemes.
/// Invalid JSON or the wrong resource type is INVALID_ARGUMENT with the position, a resource over the limit
/// RESOURCE_EXHAUSTED; the resource's content never appears in a status message or a log line.
/// </summary>
public sealed class FhirTranslationGrpcService(IVocabularySource vocabulary) : FhirTranslationService.FhirTranslationServiceBase
{
    /// <summary>Translates a CarePlan.</summary>
    public override Task<FhirTranslateResponse> TranslateCarePlan(FhirTranslateRequest request, ServerCallContext context) =>
        Task.FromResult(FhirTranslationMessages.Translate(vocabulary.Current, request, "CarePlan"));

    /// <summary>Translates a CareTeam.</summary>
    public override Task<FhirTranslateResponse> TranslateCareTeam(FhirTranslateRequest request, ServerCallContext context) =>
        Task.FromResult(FhirTranslationMessages.Translate(vocabulary.Current, request, "CareTeam"));

    /// <summary>Translates a Bundle (its CarePlans, CareTeams, Goals).</summary>
    public override Task<FhirTranslateResponse> TranslateBundle(FhirTranslateRequest request, ServerCallContext context) =>
        Task.FromResult(FhirTranslationMessages.Translate(vocabulary.Current, request, "Bundle"));
}
