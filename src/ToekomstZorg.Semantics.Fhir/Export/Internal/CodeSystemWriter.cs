using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>
/// A scheme as a FHIR R4 CodeSystem (http://hl7.org/fhir/R4/codesystem.html): url = scheme IRI, content complete,
/// display in the display language, designations per language (altLabels as SNOMED CT "Synonym" designations),
/// definition, and the standard concept properties parent, child and status
/// (http://hl7.org/fhir/concept-properties); where a concept of the scheme is replaced (<c>dct:isReplacedBy</c>), the
/// declared property <c>replacedBy</c> (type Coding, uri <c>dct:isReplacedBy</c>).
/// </summary>
internal static class CodeSystemWriter
{
    private const string ConceptProperties = "http://hl7.org/fhir/concept-properties#";
    private const string ReplacedBy = "replacedBy";

    public static byte[] Write(ExportScheme scheme, string version, string valueSetUrl, FhirExportOptions options) => ExportJson.Write(writer =>
    {
        var children = scheme.Concepts
            .SelectMany(c => c.Broader.Select(parent => (Parent: parent, Child: c.Code)))
            .ToLookup(p => p.Parent, p => p.Child, StringComparer.Ordinal);

        writer.WriteStartMetadataResource(
            "CodeSystem", scheme.Key, scheme.Iri, version, ExportJson.Name(scheme.Key), ExportJson.Pick(scheme.PrefLabels, options.DisplayLanguage),
            scheme.Modified, ExportJson.Pick(scheme.Definitions, options.DisplayLanguage), options);
        writer.WriteBoolean("caseSensitive", true);
        writer.WriteString("valueSet", valueSetUrl);
        writer.WriteString("content", "complete");
        writer.WriteNumber("count", scheme.Concepts.Count);
        writer.WriteStartArray("property");
        WriteProperty(writer, "parent", ConceptProperties + "parent", "The broader concept (skos:broader)", "code");
        WriteProperty(writer, "child", ConceptProperties + "child", "A narrower concept (inverse of skos:broader)", "code");
        WriteProperty(writer, "status", ConceptProperties + "status", "active or deprecated (owl:deprecated)", "code");
        if (scheme.Concepts.Any(c => c.ReplacedBy.Count > 0))
        {
            // R4 CodeSystem.property: a property not among the standard concept properties is declared with its own uri.
            WriteProperty(writer, ReplacedBy, "http://purl.org/dc/terms/isReplacedBy", "The concept to use instead of this deprecated one (dct:isReplacedBy)", "Coding");
        }

        writer.WriteEndArray();
        if (scheme.Concepts.Count > 0)
        {
            writer.WriteStartArray("concept");
            foreach (var concept in scheme.Concepts)
            {
                WriteConcept(writer, concept, children[concept.Code], options);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

    private static void WriteProperty(Utf8JsonWriter writer, string code, string uri, string description, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("uri", uri);
        writer.WriteString("description", description);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static void WriteConcept(Utf8JsonWriter writer, ExportConcept concept, IEnumerable<string> children, FhirExportOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", concept.Code);
        writer.WriteStringIfAny("display", ExportJson.Pick(concept.PrefLabels, options.DisplayLanguage));
        writer.WriteStringIfAny("definition", ExportJson.Pick(concept.Definitions, options.DisplayLanguage));
        var designations = ConceptDesignation.Of(concept).ToArray();
        if (designations.Length > 0)
        {
            writer.WriteStartArray("designation");
            foreach (var designation in designations)
            {
                designation.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("property");
        foreach (var parent in concept.Broader)
        {
            WriteCodeProperty(writer, "parent", parent);
        }

        foreach (var child in children)
        {
            WriteCodeProperty(writer, "child", child);
        }

        WriteCodeProperty(writer, "status", concept.Deprecated ? "deprecated" : "active");
        foreach (var (system, code) in concept.ReplacedBy)
        {
            writer.WriteStartObject();
            writer.WriteString("code", ReplacedBy);
            writer.WriteStartObject("valueCoding");
            writer.WriteString("system", system);
            writer.WriteString("code", code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCodeProperty(Utf8JsonWriter writer, string code, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("valueCode", value);
        writer.WriteEndObject();
    }
}
