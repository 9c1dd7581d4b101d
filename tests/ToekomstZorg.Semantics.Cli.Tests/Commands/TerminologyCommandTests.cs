using System.Text.Json;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Commands;

/// <summary>validate-code, subsumes and expand on a small vocabulary (kern, ggz, vaph, mappings).</summary>
public sealed class TerminologyCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tzsem-terminology-");

    public TerminologyCommandTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.ttl"))
        {
            File.Copy(file, Path.Combine(_dir.FullName, Path.GetFileName(file)));
        }
    }

    private string Vocab => _dir.FullName;

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("ZOCO", 0, "valid: kern:zorgcoordinatie (zorgcoördinatie)")]
    [InlineData("zorgcoordinatie", 1, "invalid: kern:zorgcoordinatie")]
    public void ValidateCode_Display_AlternativeLabelValidHiddenLabelNot(string display, int exit, string firstLine)
    {
        var (code, stdout, _) = Tzsem("validate-code", "kern", "zorgcoordinatie", "--display", display, "--vocab", Vocab);

        code.Should().Be(exit);
        stdout.Split('\n')[0].Should().Be(firstLine);
    }

    [Fact]
    public void ValidateCode_UnknownCodeAsJson_ResultFalseWithMessage()
    {
        var (exit, stdout, _) = Tzsem("validate-code", "kern", "bestaat-niet", "--vocab", Vocab, "--format", "json");

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("result").GetBoolean().Should().BeFalse();
        json.RootElement.GetProperty("message").GetString().Should().Contain("'bestaat-niet' is not in code system https://w3id.org/toekomstzorg/kern");
    }

    [Theory]
    [InlineData("zorgcoordinatie", "zorgcoordinator", "subsumes")]
    [InlineData("zorgcoordinator", "zorgcoordinatie", "subsumed-by")]
    [InlineData("huisarts", "huisarts", "equivalent")]
    [InlineData("huisarts", "zorgplan", "not-subsumed")]
    public void Subsumes_BroaderHierarchy_PrintsTheFhirOutcome(string a, string b, string outcome)
    {
        var (exit, stdout, _) = Tzsem("subsumes", "kern", a, b, "--vocab", Vocab);

        exit.Should().Be(0);
        stdout.Should().Be(outcome + "\n");
    }

    [Fact]
    public void Subsumes_UnknownCode_Exit1NamingIt()
    {
        var (exit, _, stderr) = Tzsem("subsumes", "kern", "huisarts", "zz", "--vocab", Vocab);

        exit.Should().Be(1);
        stderr.Should().Contain("no concept with code 'zz'");
    }

    [Fact]
    public void Expand_Filter_OneLinePerMatchingConceptInCodeOrder()
    {
        var (exit, stdout, _) = Tzsem("expand", "kern", "--filter", "zorgco", "--vocab", Vocab);

        exit.Should().Be(0);
        stdout.Should().Be("zorgcoordinatie\tzorgcoördinatie\nzorgcoordinator\tzorgcoördinator\n");
    }
}
