namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// A caller's mistake or an unknown code, answered as an OperationOutcome with <see cref="Status"/>. The message names
/// the parameter and the value at fault (codes and systems, never resource content).
/// </summary>
internal sealed class FhirOperationException(int status, string issueCode, string message, string? expression = null) : Exception(message)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The FHIR R4 IssueType code (http://hl7.org/fhir/R4/valueset-issue-type.html).</summary>
    public string IssueCode { get; } = issueCode;

    /// <summary>The parameter or element at fault, if any.</summary>
    public string? Expression { get; } = expression;

    public static FhirOperationException Required(string parameter, string why) =>
        new(400, "required", $"Parameter '{parameter}' is required: {why}", parameter);

    public static FhirOperationException Invalid(string parameter, string message) => new(400, "invalid", message, parameter);

    public static FhirOperationException NotFound(string message, string? parameter = null) => new(404, "not-found", message, parameter);

    public static FhirOperationException NotSupported(string message, string? parameter = null) => new(400, "not-supported", message, parameter);
}
