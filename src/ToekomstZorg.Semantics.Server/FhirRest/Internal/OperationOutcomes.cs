using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>OperationOutcome resources (http://hl7.org/fhir/R4/operationoutcome.html) for REST errors.</summary>
internal static class OperationOutcomes
{
    public static byte[] Single(string severity, string issueCode, string text, string? expression = null) => FhirJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "OperationOutcome");
        writer.WriteStartArray("issue");
        WriteIssue(writer, severity, issueCode, text, expression);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static void WriteIssue(Utf8JsonWriter writer, string severity, string issueCode, string text, string? expression)
    {
        writer.WriteStartObject();
        writer.WriteString("severity", severity);
        writer.WriteString("code", issueCode);
        // details.text is what clients show (the translation's outcomes use it too); diagnostics is left for debugging data.
        writer.WriteStartObject("details");
        writer.WriteString("text", text);
        writer.WriteEndObject();
        if (!string.IsNullOrEmpty(expression))
        {
            writer.WriteStartArray("expression");
            writer.WriteStringValue(expression);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
