using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>One finding: which rule, where (file:line:column of the offending triple) and what to do.</summary>
public sealed record LintDiagnostic(LintRule Rule, string Message, SourceLocation? Location)
{
    /// <summary>The rule's severity.</summary>
    public LintSeverity Severity => Rule.Severity;

    /// <summary>True for errors.</summary>
    public bool IsError => Rule.Severity == LintSeverity.Error;

    /// <summary><c>file:line:col: error TZ003 missing-nl-preflabel: message</c>.</summary>
    public override string ToString() =>
        $"{(Location is null ? string.Empty : Location + ": ")}{(IsError ? "error" : "warning")} {Rule.Id} {Rule.Name}: {Message}";
}
