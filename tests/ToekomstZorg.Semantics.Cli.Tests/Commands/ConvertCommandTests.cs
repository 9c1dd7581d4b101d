using System.Diagnostics;
using System.Text;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private const string Vocabulary = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix kern: <https://example.org/vocab/kern/> .
        kern:c1 a skos:Concept ;
            skos:prefLabel "zorgcoördinatie"@nl , "care coordination"@en ;
            skos:note "regel één\nregel \"twee\"" ;
            skos:related [ skos:prefLabel "MDO"@nl ] .
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tzsem-convert-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Convert_TurtleFileToNTriples_CanonicalLinesExit0()
    {
        var file = WriteFile("vocab.ttl", Vocabulary);

        var (exit, stdout, stderr) = Tzsem("convert", file);

        stderr.Should().BeEmpty();
        exit.Should().Be(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        lines.Should().Contain("<https://example.org/vocab/kern/c1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .");
        lines.Should().Contain("""<https://example.org/vocab/kern/c1> <http://www.w3.org/2004/02/skos/core#note> "regel één\nregel \"twee\"" .""");
        lines.Should().Contain(l => l.StartsWith("_:", StringComparison.Ordinal) && l.EndsWith("\"MDO\"@nl ."));
    }

    [Fact]
    public void Convert_ToTurtle_CuratorLayoutThatConvertsBackToTheSameTriples()
    {
        var file = WriteFile("vocab.ttl", Vocabulary);

        var (exit, turtle, _) = Tzsem("convert", "--to", "turtle", file);

        exit.Should().Be(0);
        turtle.Should().StartWith("@prefix kern: <https://example.org/vocab/kern/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\nkern:c1\n    a skos:Concept ;\n");
        turtle.Should().Contain("    skos:related [\n        skos:prefLabel \"MDO\"@nl ;\n    ] ;\n");
        var (_, viaTurtle, _) = Tzsem("convert", WriteFile("again.ttl", turtle));
        var (_, direct, _) = Tzsem("convert", file);
        Sorted(WithoutBlankLabels(viaTurtle)).Should().Equal(Sorted(WithoutBlankLabels(direct)));
    }

    [Fact]
    public void Convert_ToTurtleWithObjectLists_GroupsObjectsOfAPredicateWithCommas()
    {
        var file = WriteFile("vocab.ttl", Vocabulary);

        var (exit, grouped, _) = Tzsem("convert", "--to", "turtle", "--object-lists", file);
        var (_, perLine, _) = Tzsem("convert", "--to", "turtle", file);

        exit.Should().Be(0);
        grouped.Should().Contain("    skos:prefLabel \"care coordination\"@en ,\n        \"zorgcoördinatie\"@nl ;\n");
        perLine.Should().Contain("    skos:prefLabel \"care coordination\"@en ;\n    skos:prefLabel \"zorgcoördinatie\"@nl ;\n");
        var (_, viaGrouped, _) = Tzsem("convert", WriteFile("grouped.ttl", grouped));
        var (_, direct, _) = Tzsem("convert", file);
        Sorted(WithoutBlankLabels(viaGrouped)).Should().Equal(Sorted(WithoutBlankLabels(direct)));
    }

    [Fact]
    public void Convert_StandardInput_ReadAsTurtle()
    {
        var (exit, stdout, _) = Tzsem(["convert", "-"], stdin: "<http://ex.org/s> <http://ex.org/p> (1 2) .");

        exit.Should().Be(0);
        stdout.Should().Contain("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>").And.Contain("rdf-syntax-ns#nil> .\n");
    }

    [Fact]
    public void Convert_NtExtension_ReadAsNTriples()
    {
        var file = WriteFile("data.nt", "@prefix ex: <http://ex.org/> .\nex:s ex:p ex:o .\n");

        var (exit, _, stderr) = Tzsem("convert", file);

        exit.Should().Be(1);
        stderr.Should().StartWith(file + ":1:1: ");
    }

    [Fact]
    public void Convert_FromOverridesExtension_ReadAsTurtle()
    {
        var file = WriteFile("data.nt", "@prefix ex: <http://ex.org/> .\nex:s ex:p ex:o .\n");

        var (exit, stdout, _) = Tzsem("convert", "--from", "turtle", file);

        exit.Should().Be(0);
        stdout.Should().Be("<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n");
    }

    [Fact]
    public void Convert_InvalidTurtle_Exit1WithFileLineColumnAndNoStackTrace()
    {
        var file = WriteFile("broken.ttl", "@prefix ex: <http://ex.org/> .\nex:s ex:p ex:o ;\n   ex:q \"open .\n");

        var (exit, _, stderr) = Tzsem("convert", file);

        exit.Should().Be(1);
        stderr.Should().MatchRegex("^" + System.Text.RegularExpressions.Regex.Escape(file) + @":3:\d+: .+\n$");
        stderr.Should().NotContain(" at ");
    }

    [Fact]
    public void Convert_RelativeIriWithBase_ResolvedAgainstBase()
    {
        var file = WriteFile("rel.ttl", "<a> <b> <c> .");

        var (exit, stdout, _) = Tzsem("convert", "--base", "https://example.org/x/", file);

        exit.Should().Be(0);
        stdout.Should().Be("<https://example.org/x/a> <https://example.org/x/b> <https://example.org/x/c> .\n");
    }

    [Fact]
    public void Convert_MissingFile_Exit1WithMessage()
    {
        var (exit, stdout, stderr) = Tzsem("convert", Path.Combine(_dir.FullName, "absent.ttl"));

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("absent.ttl: no such file");
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("convert", "--to", "rdfxml", "x.ttl")]
    [InlineData("convert", "--no-such-option", "x.ttl")]
    [InlineData("convert", "--base", "not an iri", "x.ttl")]
    [InlineData("no-such-command")]
    [InlineData]
    public void Run_UsageError_Exit2(params string[] args)
    {
        var (exit, stdout, stderr) = Tzsem(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("tzsem: ").And.NotContain(" at ");
    }

    [Fact]
    public void Run_Help_Exit0WithConvertListed()
    {
        var (exit, stdout, _) = Tzsem("--help");

        exit.Should().Be(0);
        stdout.Should().Contain("convert");
    }

    [Fact]
    public void Tzsem_BuiltExecutable_PipesNTriplesAndReportsErrors()
    {
        var good = WriteFile("good.ttl", Vocabulary);
        var bad = WriteFile("bad.ttl", "<http://ex.org/s> <http://ex.org/p> .");
        var tzsem = Path.Combine(AppContext.BaseDirectory, "tzsem.dll");

        var ok = RunProcess(tzsem, "convert", good);
        var failed = RunProcess(tzsem, "convert", bad);
        var usage = RunProcess(tzsem, "convert", "--to");

        ok.Exit.Should().Be(0);
        ok.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(6);
        failed.Exit.Should().Be(1);
        failed.Stderr.Should().StartWith(bad + ":1:").And.NotContain("Exception");
        usage.Exit.Should().Be(2);
    }

    private static (int Exit, string Stdout, string Stderr) RunProcess(string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> WithoutBlankLabels(string ntriples) =>
        ntriples.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"_:\S+", "_:b"));
}
