namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>Choices of the terminology export that the vocabulary does not say itself.</summary>
public sealed class FhirExportOptions
{
    /// <summary>The key of the shared core scheme every sector maps to.</summary>
    public string CoreSchemeKey { get; init; } = "kern";

    /// <summary>Base of the FHIR canonical URLs of ValueSets and ConceptMaps (CodeSystem url is the scheme IRI).</summary>
    public string CanonicalBase { get; init; } = "https://w3id.org/toekomstzorg/fhir/";

    /// <summary>PublicationStatus of every exported resource (the vocabulary is still being curated).</summary>
    public string Status { get; init; } = "draft";

    /// <summary>The publisher written on every resource.</summary>
    public string Publisher { get; init; } = "ToekomstZorg";

    /// <summary>The SSSOM <c>license</c> of the mapping set.</summary>
    public string License { get; init; } = "https://w3id.org/toekomstzorg/license";

    /// <summary>The language whose labels become <c>display</c> (others become designations).</summary>
    public string DisplayLanguage { get; init; } = "nl";

    /// <summary>Options with the defaults.</summary>
    public static FhirExportOptions Default { get; } = new();
}
