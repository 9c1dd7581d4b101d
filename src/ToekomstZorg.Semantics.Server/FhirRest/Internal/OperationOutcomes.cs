using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>OperationOutcome resources (http://hl7.org/fhir/R4/operationoutcome.html) for REST errors.</summary>
internal static class OperationOutcomes
{
    public static byte[] Single(string severity, string issueCode, string diagnostics, string? expression = null) => FhirJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "OperationOutcome");
        writer.WriteStartArray("issue");
        WriteIssue(writer, severity, issueCode, diagnostics, expression);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static void WriteIssue(Utf8JsonWriter writer, string severity, string issueCode, string diagnostics, string? expression)
    {
        writer.WriteStartObject();
        writer.WriteString("severity", severity);
        writer.WriteString("code", issueCode);
        writer.WriteString("diagnostics", diagnostics);
        if (!string.IsNullOrEmpty(expression))
        {
            writer.WriteStartArray("expression");
            writer.WriteStringValue(expression);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
