using System.CommandLine;
using System.Text;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Fhir.Export;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary><c>tzsem export sssom [--out FILE] [--vocab DIR]</c>: the asserted mappings as SSSOM TSV (standard output by default).</summary>
internal sealed class ExportSssomCommand : Command
{
    private readonly CliConsole _console;
    private readonly IFhirVocabularyLoader _loader;
    private readonly Option<string?> _out = new("--out") { Description = "File to write (default: standard output)", HelpName = "FILE" };
    private readonly Option<string> _vocab = VocabularyOption.Create();

    public ExportSssomCommand(CliConsole console, IFhirVocabularyLoader loader)
        : base("sssom", "Write the mappings as SSSOM TSV")
    {
        _console = console;
        _loader = loader;
        Options.Add(_out);
        Options.Add(_vocab);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var vocabulary = _loader.Load(parseResult.GetValue(_vocab)!);
        var exporter = new SssomExporter(vocabulary.Snapshot);
        if (parseResult.GetValue(_out) is { } path)
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            exporter.Write(file);
        }
        else
        {
            exporter.Write(_console.OutputText);
        }

        return ExitCodes.Success;
    }
}
