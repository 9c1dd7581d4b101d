using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>A FHIR R4 Bundle of type collection; each entry's fullUrl is the resource's canonical URL.</summary>
internal static class BundleWriter
{
    public static byte[] Write(IReadOnlyList<FhirExportDocument> resources, string version) => ExportJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Bundle");
        writer.WriteString("id", "toekomstzorg-terminology");
        writer.WriteStartObject("meta");
        writer.WriteString("versionId", version.Length <= 64 && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') ? version : "1");
        writer.WriteEndObject();
        writer.WriteString("type", "collection");
        writer.WriteStartArray("entry");
        foreach (var resource in resources)
        {
            writer.WriteStartObject();
            if (resource.Url is not null)
            {
                writer.WriteString("fullUrl", resource.Url);
            }

            writer.WritePropertyName("resource");
            using (var document = JsonDocument.Parse(resource.Json))
            {
                document.RootElement.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
