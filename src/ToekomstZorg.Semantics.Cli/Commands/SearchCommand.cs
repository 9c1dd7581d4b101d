using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary><c>tzsem search TEXT [--scheme S]... [--language L] [--limit N]</c>: ranked label search.</summary>
internal sealed class SearchCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _text = new("TEXT") { Description = "A word, an abbreviation or the start of a label; case and accents do not matter" };
    private readonly Option<string[]> _schemes = new("--scheme") { Description = "Only this scheme (key or IRI); repeatable", HelpName = "SCHEME", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _language = new("--language") { Description = "Only labels in this language (nl, en)", HelpName = "LANG" };
    private readonly Option<int> _limit = new("--limit") { Description = "At most this many results", DefaultValueFactory = _ => 20, HelpName = "N" };
    private readonly Option<string> _vocab = VocabularyOption.Create();
    private readonly Option<string> _format = OutputFormat.Create();

    public SearchCommand(CliConsole console)
        : base("search", "Find concepts by label (preferred, alternative, hidden)")
    {
        _console = console;
        Arguments.Add(_text);
        Options.Add(_schemes);
        Options.Add(_language);
        Options.Add(_limit);
        Options.Add(_vocab);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var schemes = parseResult.GetValue(_schemes) ?? [];
        foreach (var scheme in schemes)
        {
            VocabularySnapshots.Scheme(snapshot, scheme);
        }

        var limit = parseResult.GetValue(_limit);
        if (limit <= 0)
        {
            throw new CliInputException("--limit must be at least 1");
        }

        var hits = snapshot.Search(new SearchQuery(parseResult.GetValue(_text)!, schemes, parseResult.GetValue(_language), limit));
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
            json.WriteStartArray();
            foreach (var hit in hits)
            {
                json.WriteStartObject();
                json.WriteString("system", hit.Concept.Scheme.Iri);
                json.WriteString("code", hit.Concept.Code);
                json.WriteString("display", hit.Concept.Display(parseResult.GetValue(_language)));
                json.WriteString("matched_label", hit.MatchedText);
                json.WriteString("language", hit.MatchedLabel?.Language ?? string.Empty);
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
            foreach (var hit in hits)
            {
                var matched = hit.MatchedText == hit.Concept.Display() ? string.Empty : $"  (matched '{hit.MatchedText}')";
                _console.OutputText.WriteLine($"{hit.Concept,-40} {hit.Concept.Display()}{matched}");
            }

            if (hits.Count == 0)
            {
                _console.Error.WriteLine("no concepts found");
            }
        }

        return ExitCodes.Success;
    }
}
