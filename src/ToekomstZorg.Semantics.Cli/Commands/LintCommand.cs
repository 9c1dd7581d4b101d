using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem lint [DIR] [--format text|json]</c>: checks a vocabulary folder against every rule of
/// <see cref="LintRules"/>. Exit 1 on errors, 0 with warnings only.
/// </summary>
internal sealed class LintCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _directory = new("DIR") { Description = "The vocabulary folder", DefaultValueFactory = _ => VocabularyOption.DefaultDirectory };
    private readonly Option<string> _format = OutputFormat.Create();

    public LintCommand(CliConsole console)
        : base("lint", "Check the vocabulary's Turtle files: syntax, SKOS integrity, mappings, false friends")
    {
        _console = console;
        Arguments.Add(_directory);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var directory = parseResult.GetValue(_directory)!;
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"{directory}: no such vocabulary folder");
        }

        var result = VocabularyLoader.LoadDirectory(directory, buildSearchIndex: false);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            WriteJson(result, errors, warnings);
        }
        else
        {
            WriteText(result, errors, warnings);
        }

        return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private void WriteText(VocabularyLoadResult result, int errors, int warnings)
    {
        var output = _console.OutputText;
        foreach (var file in result.Diagnostics.GroupBy(d => d.Location?.File ?? "(vocabulary)"))
        {
            output.WriteLine(file.Key);
            foreach (var d in file)
            {
                var position = d.Location is null ? string.Empty : $"{d.Location.Line}:{d.Location.Column}";
                output.WriteLine($"  {position,-9} {(d.IsError ? "error  " : "warning")} {d.Rule.Id} {d.Rule.Name}: {d.Message}");
            }
        }

        output.WriteLine(
            $"{errors} error(s), {warnings} warning(s) in {result.Files.Count} file(s); {result.Snapshot.Schemes.Count} scheme(s), {result.Snapshot.ConceptCount} concept(s), {result.Snapshot.Mappings.Count} mapping(s); version {result.Snapshot.Version}");
    }

    private void WriteJson(VocabularyLoadResult result, int errors, int warnings)
    {
        using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("version", result.Snapshot.Version);
        json.WriteNumber("files", result.Files.Count);
        json.WriteNumber("errors", errors);
        json.WriteNumber("warnings", warnings);
        json.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("rule", d.Rule.Id);
            json.WriteString("name", d.Rule.Name);
            json.WriteString("severity", d.IsError ? "error" : "warning");
            if (d.Location is { } location)
            {
                json.WriteString("file", location.File);
                json.WriteNumber("line", location.Line);
                json.WriteNumber("column", location.Column);
            }

            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        _console.Output.WriteByte((byte)'\n');
    }
}
