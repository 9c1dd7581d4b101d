namespace ToekomstZorg.Semantics.Vocabulary.Lint.Internal;

/// <summary>
/// A lint message not yet written: a format (a static lambda, so one shared delegate per message shape) and the up to
/// three things it names (concepts, labels, mappings, texts), which the snapshot holds anyway. Writing it allocates only
/// when the message is read.
/// </summary>
internal readonly struct LintMessage(Func<object?, object?, object?, string> format, object? first, object? second = null, object? third = null)
{
    public string Format() => format is null ? string.Empty : format(first, second, third);
}
