using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>Writing conventions shared by the export writers.</summary>
internal static class ExportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>FHIR strings must not be empty or whitespace only: such values are left out.</summary>
    public static void WriteStringIfAny(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>
    /// Opens a CodeSystem, ValueSet or ConceptMap with the elements of the R4 MetadataResource pattern
    /// (http://hl7.org/fhir/R4/metadataresource.html) in document order: resourceType, id, url, version, name, title,
    /// status, experimental, date, publisher, description. Empty optional values are left out.
    /// </summary>
    public static void WriteStartMetadataResource(
        this Utf8JsonWriter writer, string resourceType, string id, string url, string version, string name, string? title, string? date, string? description, FhirExportOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", resourceType);
        writer.WriteString("id", id);
        writer.WriteString("url", url);
        writer.WriteString("version", version);
        writer.WriteString("name", name);
        writer.WriteStringIfAny("title", title);
        writer.WriteString("status", options.Status);
        writer.WriteBoolean("experimental", false);
        writer.WriteStringIfAny("date", date);
        writer.WriteString("publisher", options.Publisher);
        writer.WriteStringIfAny("description", description);
    }

    public static string? Pick(IReadOnlyDictionary<string, string> byLanguage, string language) =>
        byLanguage.TryGetValue(language, out var value) ? value
        : byLanguage.TryGetValue("en", out value) ? value
        : byLanguage.Values.FirstOrDefault();

    /// <summary>A computer-friendly FHIR <c>name</c>: <c>ggz-kern</c> becomes <c>GgzKern</c> (pattern [A-Z]([A-Za-z0-9_]){0,254}).</summary>
    public static string Name(string id)
    {
        var name = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.Length > 0 && char.IsAsciiLetterUpper(name[0]) ? name.ToString() : "X" + name;
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
