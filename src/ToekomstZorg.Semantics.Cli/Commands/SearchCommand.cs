using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Cli.Terminology;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem search TEXT [--scheme S]... [--language L] [--limit N] [--vocab DIR | --server URL [--token TOKEN]]</c>: ranked
/// label search, the same from a vocabulary folder or a running server.
/// </summary>
internal sealed class SearchCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _text = new("TEXT") { Description = "A word, an abbreviation or the start of a label; case and accents do not matter" };
    private readonly Option<string[]> _schemes = new("--scheme") { Description = "Only this scheme (key or IRI); repeatable", HelpName = "SCHEME", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _language = new("--language") { Description = "Only labels in this language (nl, en); displays in it too", HelpName = "LANG" };
    private readonly Option<int> _limit = new("--limit") { Description = "At most this many results", DefaultValueFactory = _ => 20, HelpName = "N" };
    private readonly TerminologySourceOptions _source = new();
    private readonly Option<string> _format = OutputFormat.Create();

    public SearchCommand(CliConsole console)
        : base("search", "Find concepts by label (preferred, alternative, hidden)")
    {
        _console = console;
        Arguments.Add(_text);
        Options.Add(_schemes);
        Options.Add(_language);
        Options.Add(_limit);
        _source.AddTo(this);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var limit = parseResult.GetValue(_limit);
        if (limit <= 0)
        {
            throw new CliInputException("--limit must be at least 1");
        }

        using var terminology = _source.Open(parseResult, _console);
        var query = new SearchQuery(parseResult.GetValue(_text)!, parseResult.GetValue(_schemes) ?? [], parseResult.GetValue(_language), limit);
        var found = await terminology.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
            json.WriteStartArray();
            foreach (var hit in found)
            {
                json.WriteStartObject();
                json.WriteString("system", hit.Concept.System);
                json.WriteString("code", hit.Concept.Code);
                json.WriteString("display", hit.Concept.Display);
                json.WriteString("matched_label", hit.MatchedText);
                json.WriteString("language", hit.Language);
                json.WriteString("match", hit.MatchKind switch
                {
                    SearchMatchKind.ExactLabel => "exact",
                    SearchMatchKind.Code => "code",
                    SearchMatchKind.LabelPrefix => "prefix",
                    SearchMatchKind.WordPrefix => "word",
                    SearchMatchKind.AllWords => "words",
                    _ => "inside",
                });
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.Flush();
            _console.Output.WriteByte((byte)'\n');
        }
        else
        {
            foreach (var hit in found)
            {
                var matched = hit.MatchedText == hit.Concept.Display ? string.Empty : $"  (matched '{hit.MatchedText}')";
                _console.OutputText.WriteLine($"{hit.Concept,-40} {hit.Concept.Display}{matched}");
            }

            if (found.Count == 0)
            {
                _console.Error.WriteLine("no concepts found");
            }
        }

        return ExitCodes.Success;
    }
}
