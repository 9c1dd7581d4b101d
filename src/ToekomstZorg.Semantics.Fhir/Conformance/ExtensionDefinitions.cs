using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Export.Internal;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Conformance;

/// <summary>
/// StructureDefinitions (http://hl7.org/fhir/R4/extensibility.html#Extension, as differentials on the core
/// <c>Extension</c>) of the extensions the project writes, so that a validator can resolve every extension URL in our
/// output: the project's own (<see cref="Own"/>, part of the terminology export) and two of HL7's that the R4 core
/// specification lacks (<see cref="IssuePosition"/>).
/// </summary>
public static class ExtensionDefinitions
{
    private const string ExtensionBase = "http://hl7.org/fhir/StructureDefinition/Extension";

    /// <summary>
    /// The project's own extensions: <c>original-coding</c> (<see cref="FhirExtensionUrls.OriginalCoding"/>), which
    /// REPLACE translation puts on each Coding it writes, holding the Coding it replaced as <c>valueCoding</c>.
    /// </summary>
    /// <param name="version">The business version written on the definitions (the export writes the vocabulary version).</param>
    /// <param name="options">Status and publisher; the defaults when null.</param>
    public static IReadOnlyList<StructureDefinition> Own(string version, FhirExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        options ??= FhirExportOptions.Default;
        var originalCoding = Simple(
            "original-coding", FhirExtensionUrls.OriginalCoding, "OriginalCoding", "Original coding",
            "The Coding that REPLACE translation replaced by the Coding that carries this extension, verbatim: nothing the sender wrote is lost.",
            context: "Coding", valueType: "Coding", max: "1");
        return [MetadataResourceFields.Fill(originalCoding, "original-coding", FhirExtensionUrls.OriginalCoding, version, "OriginalCoding", date: null, originalCoding.Description, options)];
    }

    /// <summary>
    /// HL7's extensions <c>operationoutcome-issue-line</c> and <c>operationoutcome-issue-col</c>
    /// (<see cref="FhirExtensionUrls.IssueLine"/>, <see cref="FhirExtensionUrls.IssueColumn"/>: context
    /// <c>OperationOutcome.issue</c>, <c>valueInteger</c>), which the translation's OperationOutcome uses for the position
    /// of an issue in the source document. They are published in FHIR R5 and in HL7's extensions pack for R4, not in the
    /// R4 core specification (its <c>extension-definitions</c> has only <c>operationoutcome-authority</c>,
    /// <c>-detectedIssue</c> and <c>-issue-source</c>), so an R4 validator resolves them only when given these. They are
    /// HL7's, not the project's: they are not part of the export.
    /// </summary>
    public static IReadOnlyList<StructureDefinition> IssuePosition()
    {
        var line = Simple(
            "operationoutcome-issue-line", FhirExtensionUrls.IssueLine, "IssueLine", "Line number of the issue",
            "The line number in the source document at which the issue was found.", context: "OperationOutcome.issue", valueType: "integer", max: "1");
        var column = Simple(
            "operationoutcome-issue-col", FhirExtensionUrls.IssueColumn, "IssueCol", "Column number of the issue",
            "The column number in the source document at which the issue was found.", context: "OperationOutcome.issue", valueType: "integer", max: "1");
        foreach (var definition in (StructureDefinition[])[line, column])
        {
            definition.Status = PublicationStatus.Active;
            definition.Publisher = "HL7 International";
        }

        return [line, column];
    }

    // A simple extension (one value, no nested extensions) as a differential on Extension: the root (cardinality,
    // meaning), Extension.extension max 0, Extension.url fixed, Extension.value[x] of one type and required.
    private static StructureDefinition Simple(string id, string url, string name, string title, string definition, string context, string valueType, string max) => new()
    {
        Id = id,
        Url = url,
        Name = name,
        Title = title,
        Status = PublicationStatus.Draft,
        Description = definition,
        FhirVersion = FHIRVersion.N4_0_1,
        Kind = StructureDefinition.StructureDefinitionKind.ComplexType,
        Abstract = false,
        Context = [new StructureDefinition.ContextComponent { Type = StructureDefinition.ExtensionContextType.Element, Expression = context }],
        Type = "Extension",
        BaseDefinition = ExtensionBase,
        Derivation = StructureDefinition.TypeDerivationRule.Constraint,
        Differential = new StructureDefinition.DifferentialComponent
        {
            Element =
            [
                new ElementDefinition { ElementId = "Extension", Path = "Extension", Short = title, Definition = new Markdown(definition), Min = 0, Max = max },
                new ElementDefinition { ElementId = "Extension.extension", Path = "Extension.extension", Max = "0" },
                new ElementDefinition { ElementId = "Extension.url", Path = "Extension.url", Fixed = new FhirUri(url) },
                new ElementDefinition
                {
                    ElementId = "Extension.value[x]",
                    Path = "Extension.value[x]",
                    Min = 1,
                    Type = [new ElementDefinition.TypeRefComponent { Code = valueType }],
                },
            ],
        },
    };
}
