using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Cli.Terminology;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem translate SCHEME CODE --to SCHEME [--vocab DIR | --server URL [--token TOKEN]]</c>: what a sector's code is in
/// another scheme, how close, and why, the same from a vocabulary folder or a running server.
/// </summary>
internal sealed class TranslateCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Source scheme key (vaph) or IRI" };
    private readonly Argument<string> _code = new("CODE") { Description = "The source concept's code" };
    private readonly Option<string> _to = new("--to") { Description = "Target scheme key or IRI", Required = true, HelpName = "SCHEME" };
    private readonly TerminologySourceOptions _source = new();
    private readonly Option<string> _format = OutputFormat.Create();

    public TranslateCommand(CliConsole console)
        : base("translate", "Translate a code into another scheme, with equivalence, path, rationale and false-friend warnings")
    {
        _console = console;
        Arguments.Add(_scheme);
        Arguments.Add(_code);
        Options.Add(_to);
        _source.AddTo(this);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var terminology = _source.Open(parseResult, _console);
        var answer = await terminology.TranslateAsync(
            parseResult.GetValue(_scheme)!, parseResult.GetValue(_code)!, parseResult.GetValue(_to)!, cancellationToken).ConfigureAwait(false);
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            WriteJson(answer);
        }
        else
        {
            WriteText(answer);
        }

        return ExitCodes.Success;
    }

    private void WriteText(TranslationAnswer answer)
    {
        var o = _console.OutputText;
        o.WriteLine($"{answer.Source} ({answer.Source.Display}) → {answer.TargetKey}");
        if (answer.Matches.Count == 0)
        {
            o.WriteLine($"  unmatched: no mapping leads from {answer.Source} to {answer.TargetKey}");
        }

        foreach (var match in answer.Matches)
        {
            o.WriteLine($"  {match.Equivalence.ToFhirCode(),-11} {match.Target} ({match.Target.Display})");
            o.WriteLine($"      path: {string.Join(" ", match.Path.Select(h => $"{h.From} {h.Property}").Append(match.Target.ToString()))}");
            foreach (var rationale in match.Rationales)
            {
                o.WriteLine($"      why: {rationale}");
            }

            foreach (var warning in match.Warnings)
            {
                o.WriteLine($"      WARNING {warning}");
            }
        }
    }

    private void WriteJson(TranslationAnswer answer)
    {
        using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("system", answer.Source.System);
        json.WriteString("code", answer.Source.Code);
        json.WriteString("display", answer.Source.Display);
        json.WriteString("target_system", answer.TargetSystem);
        json.WriteString("equivalence", answer.Equivalence.ToFhirCode());
        json.WriteStartArray("matches");
        foreach (var match in answer.Matches)
        {
            json.WriteStartObject();
            json.WriteString("system", match.Target.System);
            json.WriteString("code", match.Target.Code);
            json.WriteString("display", match.Target.Display);
            json.WriteString("equivalence", match.Equivalence.ToFhirCode());
            json.WriteString("comment", match.Comment);
            json.WriteStartArray("path");
            foreach (var step in match.PathSteps)
            {
                json.WriteStringValue(step);
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in match.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("vocabulary_version", answer.VocabularyVersion);
        json.WriteEndObject();
        json.Flush();
        _console.Output.WriteByte((byte)'\n');
    }
}
