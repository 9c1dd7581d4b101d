namespace ToekomstZorg.Semantics.Cli;

/// <summary>A command found its input unusable for a reason that is not a syntax error (exit code 1).</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }
}
