namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>A concept: one CodeSystem.concept.</summary>
/// <param name="Code">The code (<c>skos:notation</c>).</param>
/// <param name="Iri">The concept IRI.</param>
/// <param name="PrefLabels">Preferred label per language tag (nl and en).</param>
/// <param name="AltLabels">Alternative labels (abbreviations, synonyms) as (language, text).</param>
/// <param name="Definitions">Definition per language tag.</param>
/// <param name="Broader">Codes of the broader concepts in the same scheme.</param>
/// <param name="Deprecated">Whether the concept is <c>owl:deprecated</c>.</param>
internal sealed record ExportConcept(
    string Code,
    string Iri,
    IReadOnlyDictionary<string, string> PrefLabels,
    IReadOnlyList<(string Language, string Text)> AltLabels,
    IReadOnlyDictionary<string, string> Definitions,
    IReadOnlyList<string> Broader,
    bool Deprecated = false)
{
    /// <summary>
    /// The concepts that replace this one (<c>dct:isReplacedBy</c>) as (scheme IRI, code): exported as the CodeSystem
    /// concept property <c>replacedBy</c> (a Coding, since a replacement may lie in another scheme).
    /// </summary>
    public IReadOnlyList<(string System, string Code)> ReplacedBy { get; init; } = [];
}
