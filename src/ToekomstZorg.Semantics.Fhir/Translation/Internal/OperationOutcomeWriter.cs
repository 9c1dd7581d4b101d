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
            WriteIssue(writer, "error", error.IssueCode, [], error.Message, error.Position, error.Expression);
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
                WriteIssue(writer, severity, code, EquivalenceCodesOf(coding), DetailsText(coding, result.TargetSystem), Diagnostics(coding), coding.Expression);
            }

            if (reported == 0)
            {
                WriteIssue(writer, "information", "informational", [], Summarize(result), null, null);
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

    private static void WriteIssue(Utf8JsonWriter writer, string severity, string code, string[] equivalences, string text, string? diagnostics, string? expression)
    {
        writer.WriteStartObject();
        writer.WriteString("severity"u8, severity);
        writer.WriteString("code"u8, code);
        writer.WriteStartObject("details"u8);
        if (equivalences.Length > 0)
        {
            writer.WriteStartArray("coding"u8);
            foreach (var equivalence in equivalences)
            {
                writer.WriteStartObject();
                writer.WriteString("system"u8, FhirExtensionUrls.ConceptMapEquivalenceSystem);
                writer.WriteString("code"u8, equivalence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("text"u8, text);
        writer.WriteEndObject();
        if (!string.IsNullOrWhiteSpace(diagnostics))
        {
            writer.WriteString("diagnostics"u8, diagnostics);
        }

        if (expression is not null)
        {
            writer.WriteStartArray("expression"u8);
            writer.WriteStringValue(expression);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
