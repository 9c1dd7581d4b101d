using System.Buffers;
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
    private static readonly JavaScriptEncoder RelaxedEscaping = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The constant strings of an issue, escaped once (a string value is otherwise transcoded and checked every write).
    private static readonly JsonEncodedText IssueLine = JsonEncodedText.Encode(FhirExtensionUrls.IssueLine, RelaxedEscaping);
    private static readonly JsonEncodedText IssueColumn = JsonEncodedText.Encode(FhirExtensionUrls.IssueColumn, RelaxedEscaping);
    private static readonly JsonEncodedText TranslationOutcomeSystem = JsonEncodedText.Encode(FhirExtensionUrls.TranslationOutcomeSystem, RelaxedEscaping);
    private static readonly JsonEncodedText ConceptMapEquivalenceSystem = JsonEncodedText.Encode(FhirExtensionUrls.ConceptMapEquivalenceSystem, RelaxedEscaping);
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
    private static readonly JsonEncodedText Information = JsonEncodedText.Encode("information");
    private static readonly JsonEncodedText Informational = JsonEncodedText.Encode("informational");
    private static readonly JsonEncodedText NotFound = JsonEncodedText.Encode("not-found");
    private static readonly JsonEncodedText CodeInvalid = JsonEncodedText.Encode("code-invalid");
    private static readonly JsonEncodedText Incomplete = JsonEncodedText.Encode("incomplete");

    // The outcome written last on this thread: its buffer and writers are reused, so an answer costs no buffer growth
    // and no writer; the bytes are copied out and the buffer zeroed (an outcome names codes of the resource).
    [ThreadStatic]
    private static Scratch? t_scratch;

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
                writer, error.Line, error.Column, Error, JsonEncodedText.Encode(error.IssueCode), error.Code, [], JsonEncodedText.Encode(error.Message, RelaxedEscaping),
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
                WriteIssue(writer, null, null, Information, Informational, "translated", [], JsonEncodedText.Encode(Summarize(result), RelaxedEscaping), null, null);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A capacity that holds the OperationOutcome of <paramref name="result"/> without growing, usually.</summary>
    public static int EstimatedSize(FhirTranslationResult result) => 512 + (1024 * result.Codings.Count);

    /// <summary>The OperationOutcome of <paramref name="result"/> as UTF-8 JSON.</summary>
    public static byte[] ToArray(FhirTranslationResult result, bool indented) => Render(result, indented, static json => json.ToArray());

    /// <summary>The OperationOutcome of <paramref name="result"/> as compact JSON text.</summary>
    public static string ToText(FhirTranslationResult result) => Render(result, indented: false, static json => Encoding.UTF8.GetString(json));

    private static T Render<T>(FhirTranslationResult result, bool indented, Func<ReadOnlySpan<byte>, T> copy)
    {
        var scratch = t_scratch ??= new Scratch();
        var writer = scratch.Writer(indented);
        try
        {
            Write(writer, result);
            writer.Flush();
            return copy(scratch.Buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset(scratch.Buffer);
            scratch.Buffer.Clear();
            if (scratch.Buffer.Capacity > Scratch.MaxRetainedBytes)
            {
                t_scratch = null;
            }
        }
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

    private static (JsonEncodedText Severity, JsonEncodedText Code) Classify(CodingReport coding) => coding.Status switch
    {
        CodingReportStatus.Translated => (Warning, Informational),
        CodingReportStatus.Unmapped => (Warning, NotFound),
        CodingReportStatus.UnknownCode => (Warning, CodeInvalid),
        CodingReportStatus.Incomplete => (Information, Incomplete),
        _ => (Information, Informational),
    };

    // OperationOutcome.issue in FHIR JSON element order: extension (line, column), severity, code, details (the
    // translation-outcome coding, then each equivalence; text), diagnostics, expression.
    private static void WriteIssue(
        Utf8JsonWriter writer, int? line, int? column, JsonEncodedText severity, JsonEncodedText code, string outcomeCode,
        ReadOnlySpan<JsonEncodedText> equivalences, JsonEncodedText text, JsonEncodedText? diagnostics, string? expression)
    {
        writer.WriteStartObject();
        if (line is { } lineNumber)
        {
            writer.WriteStartArray("extension"u8);
            WriteIntegerExtension(writer, IssueLine, lineNumber);
            WriteIntegerExtension(writer, IssueColumn, column ?? 1);
            writer.WriteEndArray();
        }

        writer.WriteString("severity"u8, severity);
        writer.WriteString("code"u8, code);
        writer.WriteStartObject("details"u8);
        writer.WriteStartArray("coding"u8);
        writer.WriteStartObject();
        writer.WriteString("system"u8, TranslationOutcomeSystem);
        writer.WriteString("code"u8, outcomeCode);
        writer.WriteEndObject();
        foreach (var equivalence in equivalences)
        {
            WriteCoding(writer, ConceptMapEquivalenceSystem, equivalence);
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

    private static void WriteCoding(Utf8JsonWriter writer, JsonEncodedText system, JsonEncodedText code)
    {
        writer.WriteStartObject();
        writer.WriteString("system"u8, system);
        writer.WriteString("code"u8, code);
        writer.WriteEndObject();
    }

    private static void WriteIntegerExtension(Utf8JsonWriter writer, JsonEncodedText url, int value)
    {
        writer.WriteStartObject();
        writer.WriteString("url"u8, url);
        writer.WriteNumber("valueInteger"u8, value);
        writer.WriteEndObject();
    }

    private sealed class Scratch
    {
        // An outcome larger than this (thousands of codings) gets a fresh buffer next time instead of keeping this one.
        public const int MaxRetainedBytes = 1024 * 1024;

        private Utf8JsonWriter? _compact;
        private Utf8JsonWriter? _indented;

        public ArrayBufferWriter<byte> Buffer { get; } = new(16 * 1024);

        public Utf8JsonWriter Writer(bool indented) => indented
            ? _indented ??= new Utf8JsonWriter(Buffer, WriterOptions(indented: true))
            : _compact ??= new Utf8JsonWriter(Buffer, WriterOptions(indented: false));
    }
}
