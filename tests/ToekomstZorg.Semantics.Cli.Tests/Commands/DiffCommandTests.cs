using System.Diagnostics;
using System.Text.Json;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Commands;

/// <summary>
/// tzsem diff on the small vocabulary (kern, ggz, vaph, mappings): two folders, the formats, --fail-on, the exit codes
/// for sides that cannot be read, and git sides from a temporary repository built with git in the test.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string ExactHuisarts = "ggz:huisarts skos:exactMatch kern:huisarts .";
    private const string CloseHuisarts = "ggz:huisarts skos:closeMatch kern:huisarts .";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("tzsem-diff-test-");

    public DiffCommandTests()
    {
        Copy(OldDir);
        Copy(NewDir);
    }

    private string OldDir => Path.Combine(_root.FullName, "old");

    private string NewDir => Path.Combine(_root.FullName, "new");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Diff_SameFolders_Exit0NoSemanticChange()
    {
        var (exit, stdout, stderr) = Tzsem("diff", OldDir, NewDir, "--fail-on", "change");

        exit.Should().Be(0, stderr);
        stdout.Should().Contain("no semantic change").And.Contain("impact:        0 translation(s)");
    }

    [Fact]
    public void Diff_RelationChanged_TextListsMappingChangeAndImpact()
    {
        Edit(NewDir, "mappings.ttl", ExactHuisarts, CloseHuisarts);

        var (exit, stdout, stderr) = Tzsem("diff", OldDir, NewDir);

        exit.Should().Be(0, stderr);
        stdout.Should().Contain("mappings:      +0 -0 ~1")
            .And.Contain("~ ggz:huisarts skos:exactMatch kern:huisarts → skos:closeMatch")
            .And.Contain("impact:        4 translation(s) change outcome, 4 target(s)")
            .And.Contain("ggz:huisarts → vaph:huisarts  equivalent → inexact  [equivalence_changed]");
    }

    [Fact]
    public void Diff_FailOnImpact_Exit1WhenATranslationChangesAnd0WhenOnlyALabelDoes()
    {
        Edit(NewDir, "kern.ttl", "\"care plan\"@en", "\"shared care plan\"@en");
        Tzsem("diff", OldDir, NewDir, "--fail-on", "impact").Exit.Should().Be(0, "an English label does not move a translation");
        Tzsem("diff", OldDir, NewDir, "--fail-on", "change").Exit.Should().Be(1, "it is a semantic change");

        Edit(NewDir, "mappings.ttl", ExactHuisarts, CloseHuisarts);
        Tzsem("diff", OldDir, NewDir, "--fail-on", "impact").Exit.Should().Be(1);
    }

    [Fact]
    public void Diff_Markdown_CountsTableThenImpactTable()
    {
        Edit(NewDir, "mappings.ttl", ExactHuisarts, CloseHuisarts);

        var (exit, stdout, _) = Tzsem("diff", OldDir, NewDir, "--format", "markdown");

        exit.Should().Be(0);
        stdout.Should().StartWith("## Vocabulary diff: `");
        stdout.Should().Contain("**4 translation(s) change outcome**");
        stdout.Should().Contain("| mappings | 0 | 0 | 1 |");
        stdout.Should().Contain("### Impact: translations whose outcome changes (4)\n\n| source | target | equivalence | change |\n| --- | --- | --- | --- |\n");
        stdout.Should().Contain("| `ggz:huisarts` huisarts | `vaph:huisarts` huisarts | equivalent → inexact | equivalence changed |");
        stdout.IndexOf("### Impact", StringComparison.Ordinal).Should().BeLessThan(stdout.IndexOf("### Mappings changed", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_MaxRows_StopsASectionAndSaysHowManyMore()
    {
        Edit(NewDir, "mappings.ttl", ExactHuisarts, CloseHuisarts);

        var (_, stdout, _) = Tzsem("diff", OldDir, NewDir, "--max-rows", "1");

        stdout.Should().Contain("Impact (translation outcomes that change) (4)").And.Contain("… and 3 more");
    }

    [Fact]
    public void Diff_Json_ParsesWithTheDocumentedShape()
    {
        Edit(NewDir, "mappings.ttl", ExactHuisarts, CloseHuisarts);

        var (exit, stdout, _) = Tzsem("diff", OldDir, NewDir, "--format", "json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("counts").GetProperty("mappings_changed").GetInt32().Should().Be(1);
        root.GetProperty("counts").GetProperty("impacted_translations").GetInt32().Should().Be(4);
        var change = root.GetProperty("mappings_changed")[0];
        change.GetProperty("old").GetProperty("relation").GetString().Should().Be("exactMatch");
        change.GetProperty("new").GetProperty("relation").GetString().Should().Be("closeMatch");
        change.GetProperty("relation_changed").GetBoolean().Should().BeTrue();
        var impact = root.GetProperty("impact").EnumerateArray().Select(i =>
            $"{i.GetProperty("source").GetProperty("scheme").GetString()}:{i.GetProperty("source").GetProperty("code").GetString()}>{i.GetProperty("target_scheme").GetString()} "
            + $"{i.GetProperty("old_equivalence").GetString()}>{i.GetProperty("new_equivalence").GetString()}").ToArray();
        impact.Should().Equal("ggz:huisarts>kern equivalent>inexact", "ggz:huisarts>vaph equivalent>inexact", "kern:huisarts>ggz equivalent>inexact", "vaph:huisarts>ggz equivalent>inexact");
    }

    [Fact]
    public void Diff_MissingFolder_Exit2NamingIt()
    {
        var missing = Path.Combine(_root.FullName, "nowhere");

        var (exit, _, stderr) = Tzsem("diff", OldDir, missing);

        exit.Should().Be(2);
        stderr.Should().Contain($"tzsem diff: {missing}: no such vocabulary folder");
    }

    [Fact]
    public void Diff_TurtleErrorInASide_Exit2WithFileLineColumn()
    {
        File.WriteAllText(Path.Combine(NewDir, "broken.ttl"), "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<a> skos:prefLabel \"x\"@nl\n<b> skos:prefLabel \"y\"@nl .\n");

        var (exit, stdout, stderr) = Tzsem("diff", OldDir, NewDir, "--fail-on", "impact");

        exit.Should().Be(2, "a side that does not load is trouble, not an impact");
        stdout.Should().BeEmpty();
        stderr.Should().MatchRegex(@"broken\.ttl:4:1: error TZ001 turtle-syntax");
        stderr.Should().Contain("Turtle syntax error(s); the side does not load");
    }

    [Fact]
    public void Diff_NoSideNamed_Exit2WithUsage()
    {
        var (exit, _, stderr) = Tzsem("diff");

        exit.Should().Be(2);
        stderr.Should().Contain("name the old side");
    }

    [Fact]
    public void Diff_GitRevisionAgainstWorkingTree_ComparesTheCommittedFolder()
    {
        var repo = GitRepository();
        Edit(Path.Combine(repo, "vocab"), "mappings.ttl", ExactHuisarts, CloseHuisarts);

        var (exit, stdout, stderr) = Tzsem("diff", "--repo", repo, "--git", "HEAD", "--fail-on", "impact");

        exit.Should().Be(1, stderr);
        stdout.Should().StartWith("HEAD:vocab (").And.Contain("→ " + Path.Combine(repo, "vocab") + " (");
        stdout.Should().Contain("impact:        4 translation(s)");
    }

    [Fact]
    public void Diff_RevisionRange_ComparesTwoCommits()
    {
        var repo = GitRepository();
        Edit(Path.Combine(repo, "vocab"), "mappings.ttl", ExactHuisarts, CloseHuisarts);
        Git(repo, "commit", "-qam", "closeMatch");

        var (exit, stdout, stderr) = Tzsem("diff", "--repo", repo, "HEAD~1..HEAD", "--format", "json");
        var (rangeExit, rangeStdout, _) = Tzsem("diff", "--repo", repo, "--git", "HEAD~1", "--new-git", "HEAD", "--format", "json");

        exit.Should().Be(0, stderr);
        JsonDocument.Parse(stdout).RootElement.GetProperty("counts").GetProperty("impact").GetInt32().Should().Be(4);
        rangeExit.Should().Be(0);
        rangeStdout.Should().Be(stdout);
        Tzsem("diff", "--repo", repo, "HEAD..", "--fail-on", "change").Exit.Should().Be(0, "an empty end is HEAD, as git reads it");
    }

    [Fact]
    public void Diff_UnknownRevision_Exit2NamingIt()
    {
        var repo = GitRepository();

        var (exit, _, stderr) = Tzsem("diff", "--repo", repo, "--git", "no-such-branch");

        exit.Should().Be(2);
        stderr.Should().Contain("unknown git revision 'no-such-branch'");
    }

    [Fact]
    public void Diff_FolderNotInRevision_Exit2()
    {
        var repo = GitRepository();

        var (exit, _, stderr) = Tzsem("diff", "--repo", repo, "--git", "HEAD", "--path", "vocabulary", Path.Combine(repo, "vocab"));

        exit.Should().Be(2);
        stderr.Should().Contain("HEAD:vocabulary: not a folder in that revision");
    }

    [Fact]
    public void Diff_GitSideWithTurtleError_PositionNamesRevisionAndPath()
    {
        var repo = GitRepository();
        File.WriteAllText(Path.Combine(repo, "vocab", "broken.ttl"), "<a> <b> .\n");
        Git(repo, "add", ".");
        Git(repo, "commit", "-qm", "broken");

        var (exit, _, stderr) = Tzsem("diff", "--repo", repo, "--git", "HEAD", OldDir);

        exit.Should().Be(2);
        stderr.Should().Contain("HEAD:vocab/broken.ttl:1:");
    }

    private string GitRepository()
    {
        var repo = Path.Combine(_root.FullName, "repo");
        Copy(Path.Combine(repo, "vocab"));
        Git(repo, "init", "-q");
        Git(repo, "add", ".");
        Git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qm", "first");
        Git(repo, "config", "user.name", "Test");
        Git(repo, "config", "user.email", "test@example.org");
        return repo;
    }

    private static void Git(string repo, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repo, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }

    private static void Copy(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.ttl"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
    }

    private static void Edit(string directory, string file, string find, string replace)
    {
        var path = Path.Combine(directory, file);
        var text = File.ReadAllText(path);
        text.Should().Contain(find);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
