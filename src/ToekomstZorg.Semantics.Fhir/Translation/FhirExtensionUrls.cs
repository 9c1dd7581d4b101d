namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>The extension URLs and code systems this project defines or writes.</summary>
public static class FhirExtensionUrls
{
    /// <summary>On a Coding written by <see cref="TranslationMode.Replace"/>: the coding it replaced (<c>valueCoding</c>, verbatim).</summary>
    public const string OriginalCoding = "https://w3id.org/toekomstzorg/fhir/StructureDefinition/original-coding";

    /// <summary>FHIR R4 ConceptMapEquivalence, used in OperationOutcome <c>issue.details.coding</c>.</summary>
    public const string ConceptMapEquivalenceSystem = "http://hl7.org/fhir/concept-map-equivalence";
}
