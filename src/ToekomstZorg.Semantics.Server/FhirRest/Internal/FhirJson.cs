using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>Writing FHIR JSON (http://hl7.org/fhir/R4/json.html): UTF-8, non-ASCII text unescaped, compact.</summary>
internal static class FhirJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>FHIR forbids empty strings: such values are left out.</summary>
    public static void WriteStringIfAny(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>A FHIR instant/dateTime in UTC with seconds (http://hl7.org/fhir/R4/datatypes.html#instant).</summary>
    public static string Instant(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
