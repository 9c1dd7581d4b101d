using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem translate-fhir FILE|- --to SCHEME [--mode add|replace] [--outcome OUTCOME.json] [--vocab DIR]</c>:
/// translates the codings of a FHIR R4 CarePlan, CareTeam, Goal or Bundle into one scheme. The translated resource
/// goes to standard output; the OperationOutcome into <c>--outcome</c>, or a summary with one line per issue to
/// standard error. Exit 0 when translated (also with lossy or unmapped codings), 1 for invalid input (with its
/// position), 2 for usage errors (an unknown <c>--to</c> included). The resource's content is never echoed.
/// </summary>
internal sealed class TranslateFhirCommand : Command
{
    private readonly CliConsole _console;
    private readonly IFhirVocabularyLoader _loader;

    private readonly Argument<string> _file = new("FILE") { Description = "The FHIR resource (JSON), or - for standard input" };

    private readonly Option<string> _to = new("--to")
    {
        Description = "Target scheme: a key such as kern or ggz, or its system URI",
        Required = true,
        HelpName = "SCHEME",
    };

    private readonly Option<string> _mode = new("--mode")
    {
        Description = "add: append target codings (default); replace: swap codings, keeping the original in an extension",
        DefaultValueFactory = _ => "add",
    };

    private readonly Option<string?> _outcome = new("--outcome")
    {
        Description = "Write the OperationOutcome (FHIR R4 JSON) to this file instead of a summary on standard error",
        HelpName = "OUTCOME.json",
    };

    private readonly Option<string> _vocab = VocabularyOption.Create();

    public TranslateFhirCommand(CliConsole console, IFhirVocabularyLoader loader)
        : base("translate-fhir", "Translate the codings of a FHIR R4 CarePlan, CareTeam, Goal or Bundle into one scheme")
    {
        _console = console;
        _loader = loader;
        _mode.AcceptOnlyFromAmong("add", "replace");
        Arguments.Add(_file);
        Options.Add(_to);
        Options.Add(_mode);
        Options.Add(_outcome);
        Options.Add(_vocab);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var file = parseResult.GetValue(_file)!;
        var target = parseResult.GetValue(_to)!;
        var mode = parseResult.GetValue(_mode) == "replace" ? TranslationMode.Replace : TranslationMode.Add;
        var outcomePath = parseResult.GetValue(_outcome);
        var vocabulary = _loader.Load(parseResult.GetValue(_vocab)!);
        var translator = new FhirResourceTranslator(vocabulary.Translator);

        if (!vocabulary.Translator.TryResolveSystem(target, out _))
        {
            _console.Error.WriteLine($"tzsem: --to: '{target}' is not a scheme of the vocabulary.");
            return ExitCodes.Usage;
        }

        FhirTranslationResult result;
        if (file == RdfInput.StandardInputName)
        {
            result = translator.TranslateAsync(_console.Input, target, mode).AsTask().GetAwaiter().GetResult();
        }
        else
        {
            using var stream = OpenFile(file);
            result = translator.TranslateAsync(stream, target, mode).AsTask().GetAwaiter().GetResult();
        }

        if (outcomePath is not null)
        {
            File.WriteAllBytes(outcomePath, result.ToOperationOutcomeJson(indented: true));
        }

        var name = file == RdfInput.StandardInputName ? "<stdin>" : file;
        if (result.Error is { } error)
        {
            _console.Error.WriteLine(error.Line is { } line ? $"{name}:{line}:{error.Column}: {error.Message}" : $"{name}: {error.Message}");
            return ExitCodes.InvalidInput;
        }

        _console.Output.Write(result.Resource.Span);
        if (outcomePath is null)
        {
            WriteSummary(name, result);
        }

        return ExitCodes.Success;
    }

    private void WriteSummary(string name, FhirTranslationResult result)
    {
        _console.Error.WriteLine($"{name}: {result.Summary}");
        foreach (var coding in result.Codings)
        {
            if (!coding.IsReportable)
            {
                continue;
            }

            var what = coding.Status switch
            {
                CodingReportStatus.Translated => string.Join(", ", coding.Targets.Select(t =>
                    $"{t.Code} ({t.Equivalence.ToString().ToLowerInvariant()}{(t.Match.IsFalseFriend ? ", false friend" : string.Empty)})")),
                CodingReportStatus.Unmapped => "unmapped",
                CodingReportStatus.UnknownCode => "unknown code",
                CodingReportStatus.UnknownSystem => "other system, left as is",
                _ => "incomplete coding, left as is",
            };
            _console.Error.WriteLine($"  {coding.Expression}: {coding.SourceSystem}|{coding.SourceCode} -> {what}");
        }
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (FileNotFoundException)
        {
            throw new CliInputException($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliInputException($"{path}: no such file");
        }
    }
}
