using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// The parts of an OperationOutcome issue that depend only on the coding and the vocabulary's answer, not on where
/// the coding is: <c>details.coding</c> equivalences, <c>details.text</c> and <c>diagnostics</c>, JSON-escaped once.
/// </summary>
internal sealed class IssueTexts
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private IssueTexts(string? sourceSystem, string? sourceCode, string targetSystem, string[] equivalences, string text, string? diagnostics)
    {
        SourceSystem = sourceSystem;
        SourceCode = sourceCode;
        TargetSystem = targetSystem;
        Equivalences = Array.ConvertAll(equivalences, e => JsonEncodedText.Encode(e, Encoder));
        Text = JsonEncodedText.Encode(text, Encoder);
        Diagnostics = string.IsNullOrWhiteSpace(diagnostics) ? null : JsonEncodedText.Encode(diagnostics, Encoder);
    }

    public string? SourceSystem { get; }

    public string? SourceCode { get; }

    public string TargetSystem { get; }

    /// <summary>The ConceptMapEquivalence codes of the targets, each once, in target order.</summary>
    public JsonEncodedText[] Equivalences { get; }

    public JsonEncodedText Text { get; }

    public JsonEncodedText? Diagnostics { get; }

    public bool IsFor(CodingReport coding, string targetSystem) =>
        string.Equals(SourceSystem, coding.SourceSystem, StringComparison.Ordinal)
        && string.Equals(SourceCode, coding.SourceCode, StringComparison.Ordinal)
        && string.Equals(TargetSystem, targetSystem, StringComparison.Ordinal);

    public static IssueTexts Create(CodingReport coding, string targetSystem) => new(
        coding.SourceSystem, coding.SourceCode, targetSystem, EquivalenceCodesOf(coding), DetailsText(coding, targetSystem), DiagnosticsOf(coding));

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
                AppendSentence(text, "Rationale: ", rationale);
            }

            foreach (var warning in target.Match.Warnings)
            {
                AppendSentence(text, "Warning: ", warning);
            }
        }

        return text.ToString();
    }

    /// <summary>Starts a new sentence: a rationale that already ends in a full stop gets no second one.</summary>
    private static void AppendSentence(StringBuilder text, string label, string sentence)
    {
        text.Append(text[^1] is '.' or '!' or '?' ? " " : ". ").Append(label).Append(sentence);
    }

    private static string? DiagnosticsOf(CodingReport coding)
    {
        if (coding.Status != CodingReportStatus.Translated)
        {
            return null;
        }

        var paths = new List<string>(coding.Targets.Count);
        foreach (var target in coding.Targets)
        {
            if (target.Match.Path.Count > 0)
            {
                paths.Add(string.Join(" ", target.Match.Path));
            }
        }

        return paths.Count == 0 ? null : "Path: " + string.Join(" | ", paths);
    }
}
