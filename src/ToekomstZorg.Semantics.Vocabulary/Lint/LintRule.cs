namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>A lint rule: a stable id (for suppressions, CI logs and documentation), a name and its severity.</summary>
public sealed record LintRule(string Id, string Name, LintSeverity Severity, string Description);
