namespace ToekomstZorg.Semantics.Site;

/// <summary>How the site is served.</summary>
public sealed record SiteOptions
{
    /// <summary>
    /// True for the static export: no page links to what only a server can answer (search, translate, the FHIR
    /// endpoints), and the pages say so.
    /// </summary>
    public bool Static { get; init; }

    /// <summary>Where the FHIR terminology endpoints are (served mode), e.g. <c>/fhir</c>; null hides the FHIR links.</summary>
    public string? FhirBase { get; init; } = "/fhir";
}
