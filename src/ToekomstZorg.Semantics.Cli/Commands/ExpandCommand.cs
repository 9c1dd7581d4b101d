using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem expand SCHEME [--filter TEXT] [--active-only] [--language LANG] [--vocab DIR]</c>: the scheme's value set, one
/// <c>code&lt;TAB&gt;display</c> line per concept in code order, filtered by <see cref="VocabularySnapshot.Expand"/> (the
/// filter gRPC Expand and FHIR <c>ValueSet/$expand</c> use).
/// </summary>
internal sealed class ExpandCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Scheme key (ggz) or IRI" };
    private readonly Option<string?> _filter = new("--filter") { Description = "Every word must start a word of a preferred or alternative label, or of the code", HelpName = "TEXT" };
    private readonly Option<bool> _activeOnly = new("--active-only") { Description = "Leave out deprecated concepts" };
    private readonly Option<string?> _language = new("--language") { Description = "Language of the displays (default nl)", HelpName = "LANG" };
    private readonly Option<string> _vocab = VocabularyOption.Create();

    public ExpandCommand(CliConsole console)
        : base("expand", "List the concepts of a scheme, optionally filtered by label")
    {
        _console = console;
        Arguments.Add(_scheme);
        Options.Add(_filter);
        Options.Add(_activeOnly);
        Options.Add(_language);
        Options.Add(_vocab);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var scheme = VocabularySnapshots.Scheme(snapshot, parseResult.GetValue(_scheme)!);
        var language = parseResult.GetValue(_language);
        var expansion = snapshot.Expand(scheme, parseResult.GetValue(_filter), parseResult.GetValue(_activeOnly));
        foreach (var concept in expansion.Concepts)
        {
            _console.OutputText.WriteLine($"{concept.Code}\t{concept.Display(language)}{(concept.Deprecated ? "\t(deprecated)" : string.Empty)}");
        }

        return ExitCodes.Success;
    }
}
