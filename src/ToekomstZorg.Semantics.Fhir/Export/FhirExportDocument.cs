namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>One exported FHIR resource.</summary>
/// <param name="ResourceType">CodeSystem, ValueSet, ConceptMap or Bundle.</param>
/// <param name="Id">The resource id (also the file name stem).</param>
/// <param name="Url">The canonical URL (the Bundle has none).</param>
/// <param name="Json">The resource as indented UTF-8 JSON.</param>
public sealed record FhirExportDocument(string ResourceType, string Id, string? Url, byte[] Json)
{
    /// <summary>File name: <c>ResourceType-id.json</c>.</summary>
    public string FileName => $"{ResourceType}-{Id}.json";
}
