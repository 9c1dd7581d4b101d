namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>
/// Why a document was rejected, and where. The message never quotes the document's content beyond the offending
/// location (care plans are personal health data).
/// </summary>
/// <param name="Kind">The class of error, for status mapping.</param>
/// <param name="Message">What was wrong, without the position.</param>
/// <param name="ByteOffset">Zero-based byte offset into the document, when the error has a position.</param>
/// <param name="Line">One-based line, when the error has a position.</param>
/// <param name="Column">One-based column in Unicode code points, when the error has a position.</param>
/// <param name="Expression">FHIRPath of the offending element, when known.</param>
public sealed record FhirInputError(
    FhirInputErrorKind Kind,
    string Message,
    long? ByteOffset = null,
    int? Line = null,
    int? Column = null,
    string? Expression = null)
{
    /// <summary>The FHIR R4 IssueType code of this error.</summary>
    public string IssueCode => Kind switch
    {
        FhirInputErrorKind.InvalidJson => "structure",
        FhirInputErrorKind.InvalidResource => "invalid",
        FhirInputErrorKind.NestingTooDeep => "too-costly",
        FhirInputErrorKind.TooLarge => "too-long",
        FhirInputErrorKind.UnknownTargetScheme => "not-found",
        _ => "exception",
    };

    /// <summary>
    /// The HTTP status for the FHIR REST facade: 400, 413 for <see cref="FhirInputErrorKind.TooLarge"/>, 422 for a
    /// well-formed document that is not an accepted resource, 404 for an unknown target (as ConceptMap/$translate and
    /// gRPC NOT_FOUND).
    /// </summary>
    public int HttpStatus => Kind switch
    {
        FhirInputErrorKind.TooLarge => 413,
        FhirInputErrorKind.UnknownTargetScheme => 404,
        FhirInputErrorKind.InvalidResource => 422,
        _ => 400,
    };

    /// <summary>A stable code of the error kind: <c>invalid-json</c>, <c>invalid-resource</c>, <c>nesting-too-deep</c>, <c>too-large</c>, <c>unknown-target-scheme</c>.</summary>
    public string Code => Kind switch
    {
        FhirInputErrorKind.InvalidJson => "invalid-json",
        FhirInputErrorKind.InvalidResource => "invalid-resource",
        FhirInputErrorKind.NestingTooDeep => "nesting-too-deep",
        FhirInputErrorKind.TooLarge => "too-large",
        _ => "unknown-target-scheme",
    };

    /// <summary>"line L, column C (byte B)" when positioned, else <see langword="null"/>.</summary>
    public string? Position => Line is { } line ? $"line {line}, column {Column} (byte {ByteOffset})" : null;

    /// <inheritdoc />
    public override string ToString() => Position is { } position ? $"{position}: {Message}" : Message;
}
