using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Diff;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary.Diff;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem diff [OLD] [NEW] [--git REV] [--new-git REV] [--path DIR] [--format text|markdown|json] [--fail-on impact]</c>:
/// what a vocabulary change means — concepts, labels, mappings, false friends and every translation whose outcome
/// changes. Each side is a folder or the same folder at a git revision. Exit codes follow diff(1): 0 done, 1 with
/// <c>--fail-on</c> when its condition holds, 2 trouble (a side missing, an unknown revision, Turtle errors).
/// </summary>
internal sealed class DiffCommand : Command
{
    private const string FailOnNone = "none";
    private const string FailOnImpact = "impact";
    private const string FailOnChange = "change";
    private const string Markdown = "markdown";

    private readonly CliConsole _console;
    private readonly Argument<string?> _old = new("OLD")
    {
        Description = "The old vocabulary folder, or REV1..REV2 to compare the folder (--path) at two git revisions",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Argument<string?> _new = new("NEW")
    {
        Description = "The new vocabulary folder (default: --path as it is on disk)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _oldGit = new("--git", "--old-git")
    {
        Description = "Old side: the folder (--path) at this git revision, read with git (e.g. main, origin/main, HEAD~1)",
        HelpName = "REV",
    };

    private readonly Option<string?> _newGit = new("--new-git")
    {
        Description = "New side: the folder (--path) at this git revision instead of the working tree",
        HelpName = "REV",
    };

    private readonly Option<string> _path = new("--path")
    {
        Description = "The vocabulary folder, relative to the current directory, for git sides and a missing NEW",
        DefaultValueFactory = _ => VocabularyOption.DefaultDirectory,
        HelpName = "DIR",
    };

    private readonly Option<string?> _repository = new("--repo")
    {
        Description = "The git repository to read --git sides from (default: the current directory); --path and a missing NEW are then relative to it",
        HelpName = "DIR",
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "text (for people), markdown (to paste into a pull request) or json (for scripts; shape in the README)",
        DefaultValueFactory = _ => OutputFormat.Text,
        HelpName = "text|markdown|json",
    };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "Exit 1 when: impact = any translation outcome changes (for a CI job on a vocabulary pull request); change = any semantic change; none",
        DefaultValueFactory = _ => FailOnNone,
        HelpName = "impact|change|none",
    };

    private readonly Option<int> _maxRows = new("--max-rows")
    {
        Description = "Rows per section in text and markdown (0 = all); json always lists everything",
        DefaultValueFactory = _ => 100,
        HelpName = "N",
    };

    public DiffCommand(CliConsole console)
        : base("diff", Help)
    {
        _console = console;
        Arguments.Add(_old);
        Arguments.Add(_new);
        Options.Add(_oldGit);
        Options.Add(_newGit);
        Options.Add(_path);
        Options.Add(_repository);
        Options.Add(_format);
        Options.Add(_failOn);
        Options.Add(_maxRows);
        _format.AcceptOnlyFromAmong(OutputFormat.Text, Markdown, OutputFormat.Json);
        _failOn.AcceptOnlyFromAmong(FailOnNone, FailOnImpact, FailOnChange);
        _maxRows.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--max-rows must be 0 (all) or more");
            }
        });
        SetAction(Run);
    }

    private static string Help => """
        Compare two versions of the vocabulary by meaning: concepts added, removed, deprecated; label, definition and
        source changes; mappings and false friends added, removed, changed; and the impact: every translation between
        schemes whose outcome changes (a target gained or lost, another equivalence).
          tzsem diff OLD NEW                   two folders
          tzsem diff --git main                vocab/ at main (read with git) against vocab/ in the working tree
          tzsem diff --git main NEW            vocab/ at main against the folder NEW
          tzsem diff main..HEAD                vocab/ at two revisions (also --git main --new-git HEAD; an empty side is HEAD)
          tzsem diff --git origin/main --format markdown --fail-on impact    in CI on a pull request
        Exit: 0, or 1 when --fail-on holds, 2 when a side cannot be read or does not load (Turtle errors with file:line:column).
        """;

    private int Run(ParseResult parseResult)
    {
        DiffSide oldSide;
        DiffSide newSide;
        DiffSideLoad[] loads;
        try
        {
            (oldSide, newSide) = Sides(parseResult);

            // The two sides load independently (each its own graph and snapshot): in parallel, on two cores about halving the wait.
            var tasks = new[] { Task.Run(oldSide.Load), Task.Run(newSide.Load) };
            Task.WaitAll(tasks.Cast<Task>().ToArray(), CancellationToken.None);
            loads = [tasks[0].Result, tasks[1].Result];
        }
        catch (Exception e) when (Unwrap(e) is DiffSideException or IOException or UnauthorizedAccessException)
        {
            var failure = Unwrap(e);
            foreach (var diagnostic in (failure as DiffSideException)?.Diagnostics ?? [])
            {
                _console.Error.WriteLine(diagnostic);
            }

            _console.Error.WriteLine($"tzsem diff: {failure.Message}");
            return ExitCodes.Trouble;
        }

        foreach (var load in loads.Where(l => l.LintErrors > 0))
        {
            _console.Error.WriteLine($"tzsem diff: warning: {load.Side.Name} has {load.LintErrors} lint error(s); the diff is computed anyway (see 'tzsem lint')");
        }

        var diff = VocabularyDiff.Compute(loads[0].Snapshot, loads[1].Snapshot);
        var maxRows = parseResult.GetValue(_maxRows);
        switch (parseResult.GetValue(_format))
        {
            case OutputFormat.Json:
                using (var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true }))
                {
                    VocabularyDiffJson.Write(json, diff);
                }

                _console.Output.WriteByte((byte)'\n');
                break;
            case Markdown:
                DiffReportMarkdown.Write(_console.OutputText, diff, oldSide.Name, newSide.Name, maxRows);
                break;
            default:
                DiffReportText.Write(_console.OutputText, diff, oldSide.Name, newSide.Name, maxRows);
                break;
        }

        return parseResult.GetValue(_failOn) switch
        {
            FailOnImpact when diff.HasImpact => ExitCodes.DiffFound,
            FailOnChange when !diff.IsEmpty => ExitCodes.DiffFound,
            _ => ExitCodes.Success,
        };
    }

    /// <summary>
    /// Which two sides the arguments name. Git options take their side; the positional arguments fill the sides left,
    /// old first; a new side left unnamed is --path on disk. One positional REV1..REV2 that is not a folder names two
    /// git revisions (as git reads it, an empty end is HEAD).
    /// </summary>
    private (DiffSide Old, DiffSide New) Sides(ParseResult parseResult)
    {
        var path = parseResult.GetValue(_path)!;
        var repository = parseResult.GetValue(_repository);
        var oldGit = parseResult.GetValue(_oldGit);
        var newGit = parseResult.GetValue(_newGit);
        var positional = new[] { parseResult.GetValue(_old), parseResult.GetValue(_new) }.OfType<string>().ToList();
        if (oldGit is null && newGit is null && positional.Count == 1 && positional[0].Contains("..", StringComparison.Ordinal) && !Directory.Exists(positional[0]))
        {
            var range = positional[0].Split("..", 2);
            return (DiffSide.AtRevision(Revision(range[0]), path, repository), DiffSide.AtRevision(Revision(range[1]), path, repository));
        }

        var queue = new Queue<string>(positional);
        var oldSide = oldGit is not null ? DiffSide.AtRevision(oldGit, path, repository)
            : queue.TryDequeue(out var oldFolder) ? DiffSide.OnDisk(oldFolder)
            : throw new DiffSideException("name the old side: OLD NEW, --git REV, or REV1..REV2 (see tzsem diff --help)", []);
        var newSide = newGit is not null ? DiffSide.AtRevision(newGit, path, repository)
            : queue.TryDequeue(out var newFolder) ? DiffSide.OnDisk(newFolder)
            : DiffSide.OnDisk(repository is null ? path : Path.Combine(repository, path));
        if (queue.Count > 0)
        {
            throw new DiffSideException($"too many sides: '{queue.Peek()}' is left over (both sides are already named)", []);
        }

        return (oldSide, newSide);
    }

    private static string Revision(string end) => end.Length == 0 ? "HEAD" : end;

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } a ? a.InnerExceptions[0] : e;
}
