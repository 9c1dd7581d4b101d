using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary><c>tzsem translate SCHEME CODE --to SCHEME</c>: what a sector's code is in another scheme, how close, and why.</summary>
internal sealed class TranslateCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Source scheme key (vaph) or IRI" };
    private readonly Argument<string> _code = new("CODE") { Description = "The source concept's code" };
    private readonly Option<string> _to = new("--to") { Description = "Target scheme key or IRI", Required = true, HelpName = "SCHEME" };
    private readonly Option<string> _vocab = VocabularyOption.Create();
    private readonly Option<string> _format = OutputFormat.Create();

    public TranslateCommand(CliConsole console)
        : base("translate", "Translate a code into another scheme, with equivalence, path, rationale and false-friend warnings")
    {
        _console = console;
        Arguments.Add(_scheme);
        Arguments.Add(_code);
        Options.Add(_to);
        Options.Add(_vocab);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var source = VocabularySnapshots.Scheme(snapshot, parseResult.GetValue(_scheme)!);
        var target = VocabularySnapshots.Scheme(snapshot, parseResult.GetValue(_to)!);
        var code = parseResult.GetValue(_code)!;
        if (!snapshot.TryGetConcept(source, code, out var concept))
        {
            throw new CliInputException($"scheme {source.Key} has no concept with code '{code}'");
        }

        var result = snapshot.Translate(concept, target);
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            WriteJson(result, target.Iri, snapshot.Version);
        }
        else
        {
            WriteText(result, target.Key);
        }

        return ExitCodes.Success;
    }

    private void WriteText(TranslationResult result, string target)
    {
        var o = _console.OutputText;
        o.WriteLine($"{result.Source} ({result.Source!.Display()}) → {target}");
        if (result.Matches.Count == 0)
        {
            o.WriteLine($"  unmatched: no mapping leads from {result.Source} to {target}");
        }

        foreach (var match in result.Matches)
        {
            o.WriteLine($"  {match.Equivalence.ToFhirCode(),-11} {match.Target} ({match.Target.Display()})");
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

    private void WriteJson(TranslationResult result, string targetSystem, string version)
    {
        using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("system", result.Source!.Scheme.Iri);
        json.WriteString("code", result.Source.Code);
        json.WriteString("display", result.Source.Display());
        json.WriteString("target_system", targetSystem);
        json.WriteString("equivalence", (result.Best?.Equivalence ?? Equivalence.Unmatched).ToFhirCode());
        json.WriteStartArray("matches");
        foreach (var match in result.Matches)
        {
            json.WriteStartObject();
            json.WriteString("system", match.Target.Scheme.Iri);
            json.WriteString("code", match.Target.Code);
            json.WriteString("display", match.Target.Display());
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
        json.WriteString("vocabulary_version", version);
        json.WriteEndObject();
        json.Flush();
        _console.Output.WriteByte((byte)'\n');
    }
}
