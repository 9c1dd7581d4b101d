using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>
/// A scheme as a FHIR R4 CodeSystem (http://hl7.org/fhir/R4/codesystem.html): url = scheme IRI, content complete,
/// display in the display language, designations per language (altLabels as SNOMED CT "Synonym" designations),
/// definition, and the standard concept properties parent, child and status
/// (http://hl7.org/fhir/concept-properties); where a concept of the scheme is replaced (<c>dct:isReplacedBy</c>), the
/// declared property <c>replacedBy</c> (type Coding, uri <c>dct:isReplacedBy</c>).
/// </summary>
internal static class CodeSystemExport
{
    private const string ConceptProperties = "http://hl7.org/fhir/concept-properties#";
    private const string ReplacedBy = "replacedBy";

    public static CodeSystem Build(ExportScheme scheme, string version, string valueSetUrl, FhirExportOptions options)
    {
        var children = scheme.Concepts
            .SelectMany(c => c.Broader.Select(parent => (Parent: parent, Child: c.Code)))
            .ToLookup(p => p.Parent, p => p.Child, StringComparer.Ordinal);

        var codeSystem = MetadataResourceFields.Fill(
            new CodeSystem { Title = MetadataResourceFields.NullIfBlank(MetadataResourceFields.Pick(scheme.PrefLabels, options.DisplayLanguage)) },
            scheme.Key, scheme.Iri, version, MetadataResourceFields.Name(scheme.Key), scheme.Modified,
            MetadataResourceFields.Pick(scheme.Definitions, options.DisplayLanguage), options);
        codeSystem.CaseSensitive = true;
        codeSystem.ValueSet = valueSetUrl;
        codeSystem.Content = CodeSystemContentMode.Complete;
        codeSystem.Count = scheme.Concepts.Count;
        codeSystem.Property =
        [
            Property("parent", ConceptProperties + "parent", "The broader concept (skos:broader)", CodeSystem.PropertyType.Code),
            Property("child", ConceptProperties + "child", "A narrower concept (inverse of skos:broader)", CodeSystem.PropertyType.Code),
            Property("status", ConceptProperties + "status", "active or deprecated (owl:deprecated)", CodeSystem.PropertyType.Code),
        ];
        if (scheme.Concepts.Any(c => c.ReplacedBy.Count > 0))
        {
            // R4 CodeSystem.property: a property not among the standard concept properties is declared with its own uri.
            codeSystem.Property.Add(Property(
                ReplacedBy, "http://purl.org/dc/terms/isReplacedBy", "The concept to use instead of this deprecated one (dct:isReplacedBy)", CodeSystem.PropertyType.Coding));
        }

        codeSystem.Concept = new List<CodeSystem.ConceptDefinitionComponent>(scheme.Concepts.Count);
        foreach (var concept in scheme.Concepts)
        {
            codeSystem.Concept.Add(Concept(concept, children[concept.Code], options));
        }

        return codeSystem;
    }

    private static CodeSystem.PropertyComponent Property(string code, string uri, string description, CodeSystem.PropertyType type) =>
        new() { Code = code, Uri = uri, Description = description, Type = type };

    private static CodeSystem.ConceptDefinitionComponent Concept(ExportConcept concept, IEnumerable<string> children, FhirExportOptions options)
    {
        var definition = new CodeSystem.ConceptDefinitionComponent
        {
            Code = concept.Code,
            Display = MetadataResourceFields.NullIfBlank(MetadataResourceFields.Pick(concept.PrefLabels, options.DisplayLanguage)),
            Definition = MetadataResourceFields.NullIfBlank(MetadataResourceFields.Pick(concept.Definitions, options.DisplayLanguage)),
        };
        foreach (var designation in ConceptDesignation.Of(concept))
        {
            definition.Designation.Add(designation.ToCodeSystemDesignation());
        }

        foreach (var parent in concept.Broader)
        {
            definition.Property.Add(CodeProperty("parent", parent));
        }

        foreach (var child in children)
        {
            definition.Property.Add(CodeProperty("child", child));
        }

        definition.Property.Add(CodeProperty("status", concept.Deprecated ? "deprecated" : "active"));
        foreach (var (system, code) in concept.ReplacedBy)
        {
            definition.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = ReplacedBy, Value = new Coding(system, code) });
        }

        return definition;
    }

    private static CodeSystem.ConceptPropertyComponent CodeProperty(string code, string value) => new() { Code = code, Value = new Code(value) };
}
