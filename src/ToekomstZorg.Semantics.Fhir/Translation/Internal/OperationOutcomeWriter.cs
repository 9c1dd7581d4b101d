using System.Globalization;
using System.Text;
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
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };

    public static void Write(Utf8JsonWriter writer, FhirTranslationResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType"u8, "OperationOutcome"u8);
        writer.WriteStartArray("issue"u8);
        if (result.Error is { } error)
        {
            WriteIssue(writer, new Issue("error", error.IssueCode, error.Code, [], error.Message, error.Position, error.Expression, error.Line, error.Column));
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
                WriteIssue(writer, new Issue(
                    severity, code, coding.OutcomeCode, EquivalenceCodesOf(coding), DetailsText(coding, result.TargetSystem),
                    Diagnostics(coding), coding.Expression, coding.Line > 0 ? coding.Line : null, coding.Line > 0 ? coding.Column : null));
            }

            if (reported == 0)
            {
                WriteIssue(writer, new Issue("information", "informational", "translated", [], Summarize(result), null, null, null, null));
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

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

    private static string[] EquivalenceCodesOf(CodingReport coding) => coding.Status switch
    {
        CodingReportStatus.Translated => coding.Targets.Select(t => t.Equivalence.ToFhirCode()).Distinct().ToArray(),
        CodingReportStatus.Unmapped => [Equivalence.Unmatched.ToFhirCode()],
        _ => [],
    };

    private static string DetailsText(CodingReport coding, string targetSystem)
    {
        var source = $"{coding.SourceSystem ?? "(no system)"}|{coding.SourceCode ?? "(no code)"}";
        switch (coding.Status)
        {
            case CodingReportStatus.Unmapped:
                return $"{source}: no mapping to {targetSystem} (unmatched); the coding is left as it is.";
            case CodingReportStatus.UnknownCode:
                return $"{source}: the code is not a concept of its scheme; the coding is left as it is.";
            case CodingReportStatus.UnknownSystem:
                return $"{source}: the system is not a scheme of the vocabulary; the coding is left as it is.";
            case CodingReportStatus.Incomplete:
                return $"{source}: the coding has no system or no code; it is left as it is.";
        }

        var text = new StringBuilder(source).Append(" ->");
        for (var i = 0; i < coding.Targets.Count; i++)
        {
            var target = coding.Targets[i];
            text.Append(i == 0 ? " " : "; ")
                .Append(target.System).Append('|').Append(target.Code)
                .Append(": ").Append(target.Equivalence.ToFhirCode());
            if (target.Match.IsFalseFriend)
            {
                text.Append(" (false friend)");
            }

            foreach (var rationale in target.Match.Rationales)
            {
                text.Append(". Rationale: ").Append(rationale);
            }

            foreach (var warning in target.Match.Warnings)
            {
                text.Append(". Warning: ").Append(warning);
            }
        }

        return text.ToString();
    }

    private static string? Diagnostics(CodingReport coding)
    {
        if (coding.Status != CodingReportStatus.Translated)
        {
            return null;
        }

        var paths = coding.Targets.Where(t => t.Match.Path.Count > 0).Select(t => string.Join(" ", t.Match.Path)).ToArray();
        return paths.Length == 0 ? null : "Path: " + string.Join(" | ", paths);
    }

    // OperationOutcome.issue in FHIR JSON element order: extension, severity, code, details, diagnostics, expression.
    private static void WriteIssue(Utf8JsonWriter writer, Issue issue)
    {
        writer.WriteStartObject();
        if (issue.Line is { } line)
        {
            writer.WriteStartArray("extension"u8);
            WriteIntegerExtension(writer, FhirExtensionUrls.IssueLine, line);
            WriteIntegerExtension(writer, FhirExtensionUrls.IssueColumn, issue.Column ?? 1);
            writer.WriteEndArray();
        }

        writer.WriteString("severity"u8, issue.Severity);
        writer.WriteString("code"u8, issue.Code);
        writer.WriteStartObject("details"u8);
        writer.WriteStartArray("coding"u8);
        WriteCoding(writer, FhirExtensionUrls.TranslationOutcomeSystem, issue.OutcomeCode);
        foreach (var equivalence in issue.Equivalences)
        {
            WriteCoding(writer, FhirExtensionUrls.ConceptMapEquivalenceSystem, equivalence);
        }

        writer.WriteEndArray();
        writer.WriteString("text"u8, issue.Text);
        writer.WriteEndObject();
        if (!string.IsNullOrWhiteSpace(issue.Diagnostics))
        {
            writer.WriteString("diagnostics"u8, issue.Diagnostics);
        }

        if (issue.Expression is not null)
        {
            writer.WriteStartArray("expression"u8);
            writer.WriteStringValue(issue.Expression);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteCoding(Utf8JsonWriter writer, string system, string code)
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

    private sealed record Issue(
        string Severity, string Code, string OutcomeCode, string[] Equivalences, string Text, string? Diagnostics, string? Expression, int? Line, int? Column);
}
