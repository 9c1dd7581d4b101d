using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// <c>GET /fhir/metadata</c> (http://hl7.org/fhir/R4/http.html#capabilities): the CapabilityStatement, or with
/// <c>?mode=terminology</c> the TerminologyCapabilities (http://hl7.org/fhir/R4/terminologycapabilities.html).
/// </summary>
internal static class MetadataEndpoint
{
    /// <summary>Canonical base of the operations this server defines itself (resource $translate).</summary>
    public const string OwnOperationBase = "https://w3id.org/toekomstzorg/fhir/OperationDefinition/";

    private static readonly string SoftwareVersion =
        typeof(MetadataEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options)
    {
        var mode = OperationParameters.FromQuery(context.Request.Query).String("mode");
        var baseUrl = FhirResponses.BaseUrl(context.Request);
        var json = mode switch
        {
            null or "full" or "normative" => FhirJson.Write(writer => WriteCapabilityStatement(writer, vocabulary, baseUrl)),
            "terminology" => FhirJson.Write(writer => WriteTerminologyCapabilities(writer, vocabulary, baseUrl)),
            _ => throw FhirOperationException.Invalid("mode", $"mode must be full, normative or terminology, not '{VocabularyArguments.Clip(mode)}'."),
        };
        await FhirResponses.WriteAsync(context, vocabulary, json).ConfigureAwait(false);
    }

    private static void WriteCapabilityStatement(Utf8JsonWriter writer, ServedVocabulary vocabulary, string baseUrl)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "CapabilityStatement");
        writer.WriteString("id", "toekomstzorg-terminology");
        writer.WriteString("version", SoftwareVersion);
        writer.WriteString("name", "ToekomstZorgTerminologyServer");
        writer.WriteString("title", "ToekomstZorg Semantics terminology server");
        writer.WriteString("status", "active");
        writer.WriteBoolean("experimental", false);
        writer.WriteString("date", FhirJson.Instant(vocabulary.LoadedAt));
        writer.WriteString("publisher", "ToekomstZorg");
        writer.WriteString("description", "The shared cross-sector care vocabulary of Flanders (kern and one scheme per sector) as FHIR R4 terminology, and CarePlan/CareTeam translation between sectors.");
        writer.WriteString("kind", "instance");
        WriteStrings(writer, "instantiates", "http://hl7.org/fhir/CapabilityStatement/terminology-server");
        WriteSoftware(writer, baseUrl);
        writer.WriteString("fhirVersion", "4.0.1");
        WriteStrings(writer, "format", "application/fhir+json", "json");
        writer.WriteStartArray("rest");
        writer.WriteStartObject();
        writer.WriteString("mode", "server");
        writer.WriteString("documentation", $"Vocabulary version {vocabulary.Version}.");
        writer.WriteStartArray("resource");
        WriteTerminologyResource(writer, "CodeSystem", ("lookup", "http://hl7.org/fhir/OperationDefinition/CodeSystem-lookup"),
            ("validate-code", "http://hl7.org/fhir/OperationDefinition/CodeSystem-validate-code"),
            ("subsumes", "http://hl7.org/fhir/OperationDefinition/CodeSystem-subsumes"));
        WriteTerminologyResource(writer, "ValueSet", ("expand", "http://hl7.org/fhir/OperationDefinition/ValueSet-expand"),
            ("validate-code", "http://hl7.org/fhir/OperationDefinition/ValueSet-validate-code"));
        WriteTerminologyResource(writer, "ConceptMap", ("translate", "http://hl7.org/fhir/OperationDefinition/ConceptMap-translate"));
        WriteTerminologyResource(writer, "StructureDefinition");
        foreach (var type in new[] { "CarePlan", "CareTeam", "Bundle" })
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteStartArray("operation");
            WriteOperation(writer, "translate", $"{OwnOperationBase}{type}-translate");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTerminologyCapabilities(Utf8JsonWriter writer, ServedVocabulary vocabulary, string baseUrl)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "TerminologyCapabilities");
        writer.WriteString("id", "toekomstzorg-terminology");
        writer.WriteString("version", SoftwareVersion);
        writer.WriteString("name", "ToekomstZorgTerminologyCapabilities");
        writer.WriteString("status", "active");
        writer.WriteBoolean("experimental", false);
        writer.WriteString("date", FhirJson.Instant(vocabulary.LoadedAt));
        writer.WriteString("publisher", "ToekomstZorg");
        writer.WriteString("kind", "instance");
        WriteSoftware(writer, baseUrl);
        writer.WriteBoolean("lockedDate", false);
        writer.WriteStartArray("codeSystem");
        foreach (var scheme in vocabulary.Snapshot.Schemes)
        {
            writer.WriteStartObject();
            writer.WriteString("uri", scheme.Iri);
            writer.WriteStartArray("version");
            writer.WriteStartObject();
            writer.WriteString("code", vocabulary.Version);
            writer.WriteBoolean("isDefault", true);
            writer.WriteBoolean("compositional", false);
            WriteStrings(writer, "language", scheme.Concepts.SelectMany(c => c.PrefLabels.Keys).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray());
            WriteStrings(writer, "property", "parent", "child", "status", "inactive", "definition");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteBoolean("subsumption", true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("expansion");
        writer.WriteBoolean("hierarchical", false);
        writer.WriteBoolean("paging", true);
        writer.WriteBoolean("incomplete", false);
        writer.WriteStartArray("parameter");
        foreach (var name in new[] { "filter", "count", "offset", "activeOnly", "includeDesignations", "includeDefinition", "displayLanguage" })
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("textFilter", "Every word of the filter must start a word of a label (preferred or alternative, any language) or of the code; case and diacritics are ignored.");
        writer.WriteEndObject();
        writer.WriteString("codeSearch", "all");
        writer.WriteStartObject("validateCode");
        writer.WriteBoolean("translations", false);
        writer.WriteEndObject();
        writer.WriteStartObject("translation");
        writer.WriteBoolean("needsMap", false);
        writer.WriteEndObject();
        writer.WriteStartObject("closure");
        writer.WriteBoolean("translation", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSoftware(Utf8JsonWriter writer, string baseUrl)
    {
        writer.WriteStartObject("software");
        writer.WriteString("name", "ToekomstZorg Semantics");
        writer.WriteString("version", SoftwareVersion);
        writer.WriteEndObject();
        writer.WriteStartObject("implementation");
        writer.WriteString("description", "ToekomstZorg Semantics terminology server");
        writer.WriteString("url", baseUrl);
        writer.WriteEndObject();
    }

    private static void WriteTerminologyResource(Utf8JsonWriter writer, string type, params (string Name, string Definition)[] operations)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteStartArray("interaction");
        foreach (var code in new[] { "read", "search-type" })
        {
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("searchParam");
        foreach (var (name, kind) in new[] { ("url", "uri"), ("_id", "token"), ("version", "token") })
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteString("type", kind);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (operations.Length > 0)
        {
            writer.WriteStartArray("operation");
            foreach (var (name, definition) in operations)
            {
                WriteOperation(writer, name, definition);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteOperation(Utf8JsonWriter writer, string name, string definition)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("definition", definition);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, params string[] values)
    {
        if (values.Length == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
