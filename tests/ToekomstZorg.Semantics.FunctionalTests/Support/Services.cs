namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>Full names of the services under test.</summary>
internal static class Services
{
    public const string Terminology = "toekomstzorg.semantics.v1.TerminologyService";
    public const string FhirTranslation = "toekomstzorg.semantics.v1.FhirTranslationService";
    public const string Health = "grpc.health.v1.Health";
}
