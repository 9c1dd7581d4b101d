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

    /// <summary><c>tzsem diff --fail-on</c>: its condition holds (diff(1): the versions differ).</summary>
    public const int DiffFound = 1;

    /// <summary>
    /// <c>tzsem diff</c>: a side could not be read or does not load (diff(1): trouble). Not <see cref="InvalidInput"/>,
    /// because 1 means "the condition of --fail-on holds" there, and a CI job must tell the two apart.
    /// </summary>
    public const int Trouble = 2;
}
