namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>The extension URLs and code systems this project defines or writes.</summary>
public static class FhirExtensionUrls
{
    /// <summary>On a Coding written by <see cref="TranslationMode.Replace"/>: the coding it replaced (<c>valueCoding</c>, verbatim).</summary>
    public const string OriginalCoding = "https://w3id.org/toekomstzorg/fhir/StructureDefinition/original-coding";

    /// <summary>This project's stable codes of what happened to a coding or why input was rejected (<see cref="CodingReport.OutcomeCode"/>, <see cref="FhirInputError.Code"/>), in OperationOutcome <c>issue.details.coding</c>.</summary>
    public const string TranslationOutcomeSystem = "https://w3id.org/toekomstzorg/fhir/CodeSystem/translation-outcome";

    /// <summary>FHIR R4 core extension: the line of an OperationOutcome issue in the source document.</summary>
    public const string IssueLine = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";

    /// <summary>FHIR R4 core extension: the column of an OperationOutcome issue in the source document.</summary>
    public const string IssueColumn = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";

    /// <summary>FHIR R4 ConceptMapEquivalence, used in OperationOutcome <c>issue.details.coding</c>.</summary>
    public const string ConceptMapEquivalenceSystem = "http://hl7.org/fhir/concept-map-equivalence";
}
