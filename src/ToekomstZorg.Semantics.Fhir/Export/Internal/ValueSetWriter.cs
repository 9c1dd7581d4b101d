namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>A scheme as a FHIR R4 ValueSet of all its codes: <c>compose.include.system</c> = the scheme IRI.</summary>
internal static class ValueSetWriter
{
    public static byte[] Write(ExportScheme scheme, string version, string url, FhirExportOptions options) => ExportJson.Write(writer =>
    {
        writer.WriteStartMetadataResource(
            "ValueSet", scheme.Key, url, version, ExportJson.Name(scheme.Key), ExportJson.Pick(scheme.PrefLabels, options.DisplayLanguage),
            scheme.Modified, $"All concepts of the scheme {scheme.Iri}.", options);
        writer.WriteStartObject("compose");
        writer.WriteStartArray("include");
        writer.WriteStartObject();
        writer.WriteString("system", scheme.Iri);
        writer.WriteString("version", version);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}
