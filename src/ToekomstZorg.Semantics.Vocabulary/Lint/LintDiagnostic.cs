using ToekomstZorg.Semantics.Vocabulary.Lint.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>One finding: which rule, where (file:line:column of the offending triple) and what to do.</summary>
/// <remarks>
/// The linter keeps the message as a format and the objects it names (<see cref="LintMessage"/>) and writes the text
/// on first read: a large vocabulary yields hundreds of thousands of findings of which a reload reads only the count
/// and a console only the first screens. Equality is by rule, message text and location, as for any record.
/// </remarks>
public sealed record LintDiagnostic
{
    private LintMessage _format;
    private string? _message;

    /// <summary>A finding with its message written out.</summary>
    public LintDiagnostic(LintRule rule, string message, SourceLocation? location)
    {
        ArgumentNullException.ThrowIfNull(message);
        Rule = rule;
        _message = message;
        Location = location;
    }

    internal LintDiagnostic(LintRule rule, in LintMessage message, SourceLocation? location)
    {
        Rule = rule;
        _format = message;
        Location = location;
    }

    /// <summary>The rule that found it.</summary>
    public LintRule Rule { get; init; }

    /// <summary>What is wrong and what to do, naming the concepts and labels involved.</summary>
    public string Message
    {
        get => _message ??= _format.Format();
        init => (_message, _format) = (value ?? throw new ArgumentNullException(nameof(value)), default);
    }

    /// <summary>Where the offending triple was written; null when the finding belongs to no one place.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The rule's severity.</summary>
    public LintSeverity Severity => Rule.Severity;

    /// <summary>True for errors.</summary>
    public bool IsError => Rule.Severity == LintSeverity.Error;

    /// <summary>Deconstructs into rule, message and location.</summary>
    public void Deconstruct(out LintRule rule, out string message, out SourceLocation? location) =>
        (rule, message, location) = (Rule, Message, Location);

    /// <inheritdoc />
    public bool Equals(LintDiagnostic? other) =>
        other is not null && Rule == other.Rule && Message == other.Message && Equals(Location, other.Location);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Message, Location);

    /// <summary><c>file:line:col: error TZ003 missing-nl-preflabel: message</c>.</summary>
    public override string ToString() =>
        $"{(Location is null ? string.Empty : Location + ": ")}{(IsError ? "error" : "warning")} {Rule.Id} {Rule.Name}: {Message}";
}
