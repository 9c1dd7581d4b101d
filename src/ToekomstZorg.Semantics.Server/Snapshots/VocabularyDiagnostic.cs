namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>One problem found while loading or linting the vocabulary, with its position when it has one.</summary>
/// <param name="RuleId">A stable rule id, e.g. <c>turtle-syntax</c> or a lint rule's id.</param>
/// <param name="Severity"><c>error</c> (the version is not served) or <c>warning</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="File">The file, relative to the vocabulary directory, when known.</param>
/// <param name="Line">One-based line, 0 when unknown.</param>
/// <param name="Column">One-based column in code points, 0 when unknown.</param>
public sealed record VocabularyDiagnostic(string RuleId, string Severity, string Message, string? File = null, int Line = 0, int Column = 0)
{
    /// <summary>The severity of a diagnostic that stops a version from being served.</summary>
    public const string Error = "error";

    /// <summary>The severity of a diagnostic that is reported but does not stop a version.</summary>
    public const string Warning = "warning";

    /// <summary>Whether this diagnostic stops the version from being served.</summary>
    public bool IsError => Severity == Error;

    /// <inheritdoc />
    public override string ToString() =>
        (File is null ? string.Empty : Line > 0 ? $"{File}:{Line}:{Column}: " : $"{File}: ") + $"{Severity} [{RuleId}] {Message}";
}
