using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Writes a <see cref="FhirTranslationResult"/> as a FHIR R4 OperationOutcome (http://hl7.org/fhir/R4/operationoutcome.html):
/// one issue per unmapped, lossy, false-friend, unknown or incomplete coding, with <c>expression</c> = its FHIRPath
/// and <c>details.coding</c> = the ConceptMapEquivalence of each target; or one error issue for rejected input.
/// <c>issue</c> is 1..*, so a translation with nothing to report gets one informational issue saying so.
/// </summary>
internal static class OperationOutcomeWriter
{
    private static readonly JavaScriptEncoder RelaxedEscaping = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = RelaxedEscaping,
        Indented = indented,
    };

    public static void Write(Utf8JsonWriter writer, FhirTranslationResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType"u8, "OperationOutcome"u8);
        writer.WriteStartArray("issue"u8);
        if (result.Error is { } error)
        {
            WriteIssue(
                writer, error.Line, error.Column, "error", error.IssueCode, error.Code, [], JsonEncodedText.Encode(error.Message, RelaxedEscaping),
                string.IsNullOrWhiteSpace(error.Position) ? null : JsonEncodedText.Encode(error.Position, RelaxedEscaping), error.Expression);
        }
        else
        {
            var reported = 0;
            foreach (var coding in result.Codings)
            {
                if (!coding.IsReportable)
                {
                    continue;
                }

                reported++;
                var (severity, code) = Classify(coding);
                var texts = coding.Answer?.IssueTextsFor(coding, result.TargetSystem) ?? IssueTexts.Create(coding, result.TargetSystem);
                WriteIssue(
                    writer, coding.Line > 0 ? coding.Line : null, coding.Column, severity, code, coding.OutcomeCode,
                    texts.Equivalences, texts.Text, texts.Diagnostics, coding.Expression);
            }

            if (reported == 0)
            {
                WriteIssue(writer, null, null, "information", "informational", "translated", [], JsonEncodedText.Encode(Summarize(result), RelaxedEscaping), null, null);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A capacity that holds the OperationOutcome of <paramref name="result"/> without growing, usually.</summary>
    public static int EstimatedSize(FhirTranslationResult result) => 512 + (768 * result.Codings.Count);

    public static string Summarize(FhirTranslationResult result)
    {
        if (result.Error is { } error)
        {
            return error.ToString();
        }

        int translated = 0, lossy = 0, falseFriends = 0, unmapped = 0, unknownCode = 0, unknownSystem = 0, incomplete = 0, inTarget = 0;
        foreach (var coding in result.Codings)
        {
            switch (coding.Status)
            {
                case CodingReportStatus.Translated:
                    translated++;
                    lossy += coding.IsLossy ? 1 : 0;
                    falseFriends += coding.HasFalseFriend ? 1 : 0;
                    break;
                case CodingReportStatus.Unmapped:
                    unmapped++;
                    break;
                case CodingReportStatus.UnknownCode:
                    unknownCode++;
                    break;
                case CodingReportStatus.UnknownSystem:
                    unknownSystem++;
                    break;
                case CodingReportStatus.Incomplete:
                    incomplete++;
                    break;
                default:
                    inTarget++;
                    break;
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{result.ResourceType}: {result.Codings.Count} codings to {result.TargetSystem} ({result.Mode.ToString().ToLowerInvariant()}): {translated} translated ({lossy} lossy, {falseFriends} false friends), {unmapped} unmapped, {unknownCode} unknown codes, {unknownSystem} from other systems, {incomplete} incomplete, {inTarget} already in target; {result.WrittenCodings} codings written; vocabulary {result.VocabularyVersion}");
    }

    private static (string Severity, string Code) Classify(CodingReport coding) => coding.Status switch
    {
        CodingReportStatus.Translated => ("warning", "informational"),
        CodingReportStatus.Unmapped => ("warning", "not-found"),
        CodingReportStatus.UnknownCode => ("warning", "code-invalid"),
        CodingReportStatus.Incomplete => ("information", "incomplete"),
        _ => ("information", "informational"),
    };

    // OperationOutcome.issue in FHIR JSON element order: extension (line, column), severity, code, details (the
    // translation-outcome coding, then each equivalence; text), diagnostics, expression.
    private static void WriteIssue(
        Utf8JsonWriter writer, int? line, int? column, string severity, string code, string outcomeCode,
        ReadOnlySpan<JsonEncodedText> equivalences, JsonEncodedText text, JsonEncodedText? diagnostics, string? expression)
    {
        writer.WriteStartObject();
        if (line is { } lineNumber)
        {
            writer.WriteStartArray("extension"u8);
            WriteIntegerExtension(writer, FhirExtensionUrls.IssueLine, lineNumber);
            WriteIntegerExtension(writer, FhirExtensionUrls.IssueColumn, column ?? 1);
            writer.WriteEndArray();
        }

        writer.WriteString("severity"u8, severity);
        writer.WriteString("code"u8, code);
        writer.WriteStartObject("details"u8);
        writer.WriteStartArray("coding"u8);
        writer.WriteStartObject();
        writer.WriteString("system"u8, FhirExtensionUrls.TranslationOutcomeSystem);
        writer.WriteString("code"u8, outcomeCode);
        writer.WriteEndObject();
        foreach (var equivalence in equivalences)
        {
            WriteCoding(writer, FhirExtensionUrls.ConceptMapEquivalenceSystem, equivalence);
        }

        writer.WriteEndArray();
        writer.WriteString("text"u8, text);
        writer.WriteEndObject();
        if (diagnostics is { } diagnosticsText)
        {
            writer.WriteString("diagnostics"u8, diagnosticsText);
        }

        if (expression is not null)
        {
            writer.WriteStartArray("expression"u8);
            writer.WriteStringValue(expression);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteCoding(Utf8JsonWriter writer, string system, JsonEncodedText code)
    {
        writer.WriteStartObject();
        writer.WriteString("system"u8, system);
        writer.WriteString("code"u8, code);
        writer.WriteEndObject();
    }

    private static void WriteIntegerExtension(Utf8JsonWriter writer, string url, int value)
    {
        writer.WriteStartObject();
        writer.WriteString("url"u8, url);
        writer.WriteNumber("valueInteger"u8, value);
        writer.WriteEndObject();
    }
}
