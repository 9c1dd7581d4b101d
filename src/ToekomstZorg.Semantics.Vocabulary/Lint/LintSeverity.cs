namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>How serious a finding is: errors fail the lint (and block a reload), warnings ask a curator to look.</summary>
public enum LintSeverity
{
    /// <summary>Must be fixed.</summary>
    Error,
    /// <summary>A curator should confirm or fix it.</summary>
    Warning,
}
