namespace ToekomstZorg.Semantics.Cli;

/// <summary>What <c>tzsem</c> returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was invalid or could not be read (the message says where and why).</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing or bad argument.</summary>
    public const int Usage = 2;
}
