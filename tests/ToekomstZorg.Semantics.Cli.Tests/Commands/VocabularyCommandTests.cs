using System.Text.Json;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Commands;

/// <summary>lint, lookup, search and translate on a small vocabulary (kern, ggz, vaph, mappings).</summary>
public sealed class VocabularyCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tzsem-vocab-");

    public VocabularyCommandTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.ttl"))
        {
            File.Copy(file, Path.Combine(_dir.FullName, Path.GetFileName(file)));
        }
    }

    private string Vocab => _dir.FullName;

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Lint_CleanVocabulary_Exit0WithSummary()
    {
        var (exit, stdout, _) = Tzsem("lint", Vocab);
        exit.Should().Be(0);
        stdout.Should().Contain("0 error(s), 0 warning(s) in 4 file(s)");
    }

    [Fact]
    public void Lint_ErrorInAFile_Exit1GroupedByFileWithPosition()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "unmapped.ttl.txt"), Path.Combine(Vocab, "ggz-extra.ttl"));
        var (exit, stdout, _) = Tzsem("lint", Vocab);
        exit.Should().Be(1);
        stdout.Should().Contain(Path.Combine(Vocab, "ggz-extra.ttl") + "\n  10:1").And.Contain("error   TZ009 sector-concept-not-mapped-to-kern");
    }

    [Fact]
    public void Lint_JsonFormat_MachineReadableFindings()
    {
        File.AppendAllText(Path.Combine(Vocab, "ggz.ttl"), "\nggz:kapot skos:prefLabel \"x\"@nl ;\n");
        var (exit, stdout, _) = Tzsem("lint", Vocab, "--format", "json");
        exit.Should().Be(1);
        var json = JsonDocument.Parse(stdout).RootElement;
        json.GetProperty("errors").GetInt32().Should().BeGreaterThan(0);
        var first = json.GetProperty("diagnostics")[0];
        first.GetProperty("rule").GetString().Should().Be("TZ001");
        first.GetProperty("file").GetString().Should().EndWith("ggz.ttl");
        first.GetProperty("line").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Lookup_Concept_ShowsLabelsDefinitionAndMappings()
    {
        var (exit, stdout, _) = Tzsem("lookup", "ggz", "dubbeldiagnose", "--vocab", Vocab);
        exit.Should().Be(0);
        stdout.Should().Contain("ggz:dubbeldiagnose  dubbeldiagnose").And.Contain("DD (alt)").And.Contain("Verslaving samen met").And.Contain("skos:broadMatch kern:dubbeldiagnose");
    }

    [Fact]
    public void Lookup_Json_SystemCodeDisplay()
    {
        var (exit, stdout, _) = Tzsem("lookup", "https://w3id.org/toekomstzorg/kern", "zorgcoordinatie", "--vocab", Vocab, "--format", "json");
        exit.Should().Be(0);
        var json = JsonDocument.Parse(stdout).RootElement;
        json.GetProperty("system").GetString().Should().Be("https://w3id.org/toekomstzorg/kern");
        json.GetProperty("code").GetString().Should().Be("zorgcoordinatie");
        json.GetProperty("display").GetString().Should().Be("zorgcoördinatie");
        json.GetProperty("narrower")[0].GetString().Should().Be("zorgcoordinator");
    }

    [Theory]
    [InlineData("nope", "x", "unknown scheme 'nope'")]
    [InlineData("ggz", "nope", "ggz has no concept with code 'nope'")]
    public void Lookup_Unknown_Exit1NamingWhat(string scheme, string code, string message)
    {
        var (exit, _, stderr) = Tzsem("lookup", scheme, code, "--vocab", Vocab);
        exit.Should().Be(1);
        stderr.Should().Contain(message);
    }

    [Fact]
    public void Search_WithoutDiacritics_FindsTheConcept()
    {
        var (exit, stdout, _) = Tzsem("search", "zorgcoordinatie", "--scheme", "kern", "--vocab", Vocab, "--format", "json");
        exit.Should().Be(0);
        var hits = JsonDocument.Parse(stdout).RootElement;
        hits[0].GetProperty("code").GetString().Should().Be("zorgcoordinatie");
        hits.EnumerateArray().Should().OnlyContain(h => h.GetProperty("system").GetString() == "https://w3id.org/toekomstzorg/kern");
    }

    [Fact]
    public void Translate_VaphDubbeldiagnoseToGgz_NeverEquivalentAndWarns()
    {
        var (exit, stdout, _) = Tzsem("translate", "vaph", "dubbeldiagnose", "--to", "ggz", "--vocab", Vocab, "--format", "json");
        exit.Should().Be(0);
        var json = JsonDocument.Parse(stdout).RootElement;
        var match = json.GetProperty("matches")[0];
        match.GetProperty("equivalence").GetString().Should().Be("inexact");
        match.GetProperty("code").GetString().Should().Be("dubbeldiagnose");
        match.GetProperty("comment").GetString().Should().Contain("VAPH");
        match.GetProperty("path").GetArrayLength().Should().Be(5);
        match.GetProperty("warnings")[0].GetString().Should().Contain("false friend");
    }

    [Fact]
    public void Translate_Text_ReadableWithPathAndWhy()
    {
        var (exit, stdout, _) = Tzsem("translate", "ggz", "huisarts", "--to", "vaph", "--vocab", Vocab);
        exit.Should().Be(0);
        stdout.Should().Contain("equivalent  vaph:huisarts").And.Contain("why: Dezelfde rol.");
    }

    [Fact]
    public void Translate_NoPath_SaysUnmatched()
    {
        var (exit, stdout, _) = Tzsem("translate", "vaph", "zorgcoordinatie", "--to", "ggz", "--vocab", Vocab, "--format", "json");
        exit.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("equivalence").GetString().Should().Be("unmatched");
    }

    [Fact]
    public void Translate_MissingTo_UsageError()
    {
        var (exit, _, _) = Tzsem("translate", "ggz", "huisarts", "--vocab", Vocab);
        exit.Should().Be(2);
    }
}
