using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Fhir.Serialization;

/// <summary>
/// Writes the resources the project builds (Firely POCOs) with Firely's own serializers, <see cref="FhirJsonSerializer"/>
/// and <see cref="FhirXmlSerializer"/>, indented. JSON keeps non-ASCII text as UTF-8 (Dutch labels, arrows) instead of
/// <c>\uXXXX</c> escapes, as the hand-written writers did; both are the same JSON string.
/// </summary>
public static class FhirResourceSerializer
{
    private static readonly FhirJsonSerializer Json = new();
    private static readonly FhirXmlSerializer Xml = new();

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    private static readonly JsonWriterOptions CompactWriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The MIME type of <paramref name="format"/>: <c>application/fhir+json</c> or <c>application/fhir+xml</c>.</summary>
    public static string MediaType(FhirFormat format) => format == FhirFormat.Xml ? "application/fhir+xml" : "application/fhir+json";

    /// <summary>The file name extension of <paramref name="format"/>, without the dot: <c>json</c> or <c>xml</c>.</summary>
    public static string FileExtension(FhirFormat format) => format == FhirFormat.Xml ? "xml" : "json";

    /// <summary>Writes <paramref name="resource"/> as indented UTF-8 in <paramref name="format"/>.</summary>
    public static byte[] Serialize(Base resource, FhirFormat format)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return format == FhirFormat.Xml ? Xml.SerializeToBytes(resource, pretty: true) : SerializeJson(resource);
    }

    /// <summary>Writes <paramref name="resource"/> as UTF-8 in <paramref name="format"/>, indented or compact (the REST answers, unless <c>_pretty=true</c>).</summary>
    public static byte[] Serialize(Base resource, FhirFormat format, bool indented)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return format == FhirFormat.Xml ? Xml.SerializeToBytes(resource, pretty: indented) : SerializeJson(resource, indented);
    }

    /// <summary>Writes <paramref name="resource"/> as indented UTF-8 FHIR JSON.</summary>
    public static byte[] SerializeJson(Base resource) => SerializeJson(resource, indented: true);

    /// <summary>Writes <paramref name="resource"/> as UTF-8 FHIR JSON, indented or compact.</summary>
    public static byte[] SerializeJson(Base resource, bool indented)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? WriterOptions : CompactWriterOptions))
        {
            Json.Serialize(resource, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
