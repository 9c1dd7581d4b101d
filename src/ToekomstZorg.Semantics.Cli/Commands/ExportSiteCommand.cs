using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Site.Export;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary><c>tzsem export site --out DIR [--vocab DIR]</c>: the vocabulary site and its linked data as static files.</summary>
internal sealed class ExportSiteCommand : Command
{
    private readonly CliConsole _console;
    private readonly Option<string> _out = new("--out") { Description = "Folder to write the site into", HelpName = "DIR", Required = true };
    private readonly Option<string> _vocab = VocabularyOption.Create();

    public ExportSiteCommand(CliConsole console)
        : base("site", "Write the vocabulary site (HTML pages, Turtle, N-Triples, JSON-LD) as static files")
    {
        _console = console;
        Options.Add(_out);
        Options.Add(_vocab);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var started = Stopwatch.GetTimestamp();
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var directory = parseResult.GetValue(_out)!;
        var export = StaticSiteExporter.Export(snapshot, directory);
        _console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {export.Files} files ({export.Bytes / 1024.0 / 1024.0:F1} MiB) for {snapshot.ConceptCount} concepts to {directory} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));
        return ExitCodes.Success;
    }
}
