namespace ToekomstZorg.Semantics.Cli.Diff;

/// <summary>A side of <c>tzsem diff</c> cannot be read or does not load; <see cref="Diagnostics"/> are its Turtle errors (file:line:column).</summary>
internal sealed class DiffSideException : Exception
{
    public DiffSideException(string message, IReadOnlyList<string> diagnostics)
        : base(message) => Diagnostics = diagnostics;

    public IReadOnlyList<string> Diagnostics { get; }
}
