namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>A scheme as a FHIR R4 ValueSet of all its codes: <c>compose.include.system</c> = the scheme IRI.</summary>
internal static class ValueSetWriter
{
    public static byte[] Write(ExportScheme scheme, string version, string url, FhirExportOptions options) => ExportJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "ValueSet");
        writer.WriteString("id", scheme.Key);
        writer.WriteString("url", url);
        writer.WriteString("version", version);
        writer.WriteString("name", ExportJson.Name(scheme.Key));
        writer.WriteStringIfAny("title", ExportJson.Pick(scheme.PrefLabels, options.DisplayLanguage));
        writer.WriteString("status", options.Status);
        writer.WriteBoolean("experimental", false);
        writer.WriteStringIfAny("date", scheme.Modified);
        writer.WriteString("publisher", options.Publisher);
        writer.WriteString("description", $"All concepts of the scheme {scheme.Iri}.");
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
