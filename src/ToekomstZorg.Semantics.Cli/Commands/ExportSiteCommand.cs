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
        var loaded = Stopwatch.GetElapsedTime(started);
        var directory = parseResult.GetValue(_out)!;
        var export = StaticSiteExporter.Export(snapshot, directory);
        var total = Stopwatch.GetElapsedTime(started);
        _console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {export.Files} files ({export.Bytes / 1024.0 / 1024.0:F1} MiB) for {snapshot.ConceptCount} concepts to {directory} in {total.TotalSeconds:F1} s (load and lint {loaded.TotalSeconds:F1} s, export {(total - loaded).TotalSeconds:F1} s)"));
        return ExitCodes.Success;
    }
}
