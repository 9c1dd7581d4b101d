using System.Text;
using ToekomstZorg.Semantics.Cli;

namespace ToekomstZorg.Semantics.TestSupport;

/// <summary>
/// Runs the tzsem command line in-process on a captured console (<c>using static</c> it, then call <c>Tzsem(...)</c>):
/// the exit code, standard output as UTF-8 text and standard error with <c>\n</c> line ends. Linked into the test
/// projects that reference the Cli project (which opens its internals to them).
/// </summary>
internal static class InProcessTzsem
{
    public static (int Exit, string Stdout, string Stderr) Tzsem(params string[] args) => Tzsem(args, stdin: "");

    public static (int Exit, string Stdout, string Stderr) Tzsem(string[] args, string stdin)
    {
        var output = new MemoryStream();
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, error);

        var exit = TzsemCommandLine.Run(args, console);

        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
