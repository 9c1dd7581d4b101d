using System.Text;

namespace ToekomstZorg.Semantics.Cli;

/// <summary>
/// The standard streams a command uses. Commands write RDF as bytes to <see cref="Output"/> (buffered by
/// the writers) and messages to <see cref="Error"/>; tests pass memory streams to run commands in-process.
/// </summary>
internal sealed class CliConsole
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public CliConsole(Stream input, Stream output, TextWriter error)
    {
        Input = input;
        Output = output;
        Error = error;
        OutputText = new StreamWriter(output, Utf8NoBom, bufferSize: 4096, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Standard input, read when the file argument is <c>-</c>.</summary>
    public Stream Input { get; }

    /// <summary>Standard output as bytes.</summary>
    public Stream Output { get; }

    /// <summary>Standard output as text (help, reports); flushed when the command ends.</summary>
    public TextWriter OutputText { get; }

    /// <summary>Standard error: diagnostics as <c>FILE:LINE:COL: message</c>.</summary>
    public TextWriter Error { get; }

    public static CliConsole FromProcess() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { AutoFlush = true, NewLine = "\n" });
}
