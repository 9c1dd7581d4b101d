using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem validate-code SCHEME CODE [--display TEXT] [--language LANG] [--vocab DIR] [--format text|json]</c>: whether a
/// code (and display) is valid, by the snapshot's one rule (<see cref="VocabularySnapshot.ValidateCode"/>, the rule gRPC
/// ValidateCode and FHIR <c>$validate-code</c> answer with). Exits 0 when valid (a deprecated concept is valid, with a
/// notice), 1 when not.
/// </summary>
internal sealed class ValidateCodeCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Scheme key (ggz) or IRI" };
    private readonly Argument<string> _code = new("CODE") { Description = "The code to validate" };
    private readonly Option<string?> _display = new("--display") { Description = "A display to check against the concept's preferred and alternative labels", HelpName = "TEXT" };
    private readonly Option<string?> _language = new("--language") { Description = "Language of the display to return (default nl)", HelpName = "LANG" };
    private readonly Option<string> _vocab = VocabularyOption.Create();
    private readonly Option<string> _format = OutputFormat.Create();

    public ValidateCodeCommand(CliConsole console)
        : base("validate-code", "Check that a code (and display) is valid in a scheme")
    {
        _console = console;
        Arguments.Add(_scheme);
        Arguments.Add(_code);
        Options.Add(_display);
        Options.Add(_language);
        Options.Add(_vocab);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var scheme = VocabularySnapshots.Scheme(snapshot, parseResult.GetValue(_scheme)!);
        var language = parseResult.GetValue(_language);
        var validation = snapshot.ValidateCode(scheme, parseResult.GetValue(_code)!, parseResult.GetValue(_display), language is null ? null : [language]);
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteBoolean("result", validation.IsValid);
            json.WriteString("system", scheme.Iri);
            json.WriteString("code", validation.Code);
            json.WriteString("display", validation.Display);
            json.WriteBoolean("deprecated", validation.Deprecated);
            json.WriteString("message", validation.Message);
            json.WriteString("vocabulary_version", snapshot.Version);
            json.WriteEndObject();
            json.Flush();
            _console.Output.WriteByte((byte)'\n');
        }
        else
        {
            var o = _console.OutputText;
            o.WriteLine(validation.IsValid ? $"valid: {scheme.Key}:{validation.Code} ({validation.Display})" : $"invalid: {scheme.Key}:{validation.Code}");
            if (validation.Message is not null)
            {
                o.WriteLine($"  {validation.Message}");
            }
        }

        return validation.IsValid ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
