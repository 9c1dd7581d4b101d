namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>A concept scheme: exported as one CodeSystem (url = <paramref name="Iri"/>) and one ValueSet.</summary>
/// <param name="Key">The scheme key (<c>ggz</c>), its <c>skos:notation</c>.</param>
/// <param name="Iri">The scheme IRI, <c>https://w3id.org/toekomstzorg/ggz</c>.</param>
/// <param name="PrefLabels">Preferred label per language tag.</param>
/// <param name="Definitions">Definition per language tag.</param>
/// <param name="Modified">The <c>dct:modified</c> date (yyyy-MM-dd), if any.</param>
/// <param name="Concepts">The concepts of the scheme.</param>
internal sealed record ExportScheme(
    string Key,
    string Iri,
    IReadOnlyDictionary<string, string> PrefLabels,
    IReadOnlyDictionary<string, string> Definitions,
    string? Modified,
    IReadOnlyList<ExportConcept> Concepts);
