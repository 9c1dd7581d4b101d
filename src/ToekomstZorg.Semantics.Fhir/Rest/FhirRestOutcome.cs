using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace ToekomstZorg.Semantics.Fhir.Rest;

/// <summary>
/// The errors of the FHIR REST facade: Firely's <see cref="FhirOperationException"/> carrying the HTTP status and an
/// OperationOutcome (http://hl7.org/fhir/R4/operationoutcome.html) with one issue whose <c>details.text</c> names the
/// parameter and the value at fault (codes and systems, never resource content) and whose <c>expression</c> is the
/// parameter or element.
/// </summary>
public static class FhirRestOutcome
{
    /// <summary>An error answered with <paramref name="status"/> and one issue.</summary>
    public static FhirOperationException Error(HttpStatusCode status, OperationOutcome.IssueType code, string message, string? expression = null) =>
        new(message, status, Single((int)status >= 500 ? OperationOutcome.IssueSeverity.Fatal : OperationOutcome.IssueSeverity.Error, code, message, expression));

    /// <summary>An OperationOutcome with one issue.</summary>
    public static OperationOutcome Single(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType code, string text, string? expression = null) =>
        new() { Issue = [Issue(severity, code, text, expression)] };

    /// <summary>
    /// One issue: <c>details.text</c> is what clients show (the translation's outcomes use it too); <c>expression</c>
    /// when given.
    /// </summary>
    public static OperationOutcome.IssueComponent Issue(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType code, string text, string? expression = null)
    {
        var issue = new OperationOutcome.IssueComponent { Severity = severity, Code = code, Details = new CodeableConcept { Text = text } };
        if (!string.IsNullOrEmpty(expression))
        {
            issue.Expression = [expression];
        }

        return issue;
    }

    /// <summary>The OperationOutcome of <paramref name="exception"/>: its own, or one issue with its message.</summary>
    public static OperationOutcome Of(FhirOperationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Outcome ?? Single(
            (int)exception.Status >= 500 ? OperationOutcome.IssueSeverity.Fatal : OperationOutcome.IssueSeverity.Error,
            OperationOutcome.IssueType.Processing, exception.Message);
    }

    /// <summary>A caller's value clipped for an error message.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 100 ? text : text[..100] + "…";
    }

    internal static FhirOperationException Required(string parameter, string why) =>
        Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Required, $"Parameter '{parameter}' is required: {why}", parameter);

    internal static FhirOperationException Invalid(string parameter, string message) =>
        Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid, message, parameter);

    internal static FhirOperationException NotFound(string message, string? parameter = null) =>
        Error(HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound, message, parameter);

    internal static FhirOperationException NotSupported(string message, string? parameter = null) =>
        Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported, message, parameter);
}
