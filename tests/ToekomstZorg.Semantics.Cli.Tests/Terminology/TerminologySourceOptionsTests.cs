using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Terminology;

/// <summary>The <c>--vocab</c> / <c>--server</c> / <c>--token</c> options of lookup, search and translate, checked before any call.</summary>
public sealed class TerminologySourceOptionsTests
{
    [Theory]
    [InlineData("lookup", "ggz", "dubbeldiagnose")]
    [InlineData("search", "zorg")]
    [InlineData("translate", "ggz", "dubbeldiagnose", "--to", "kern")]
    public void Command_TokenWithoutServer_UsageErrorExit2(params string[] args)
    {
        var (exit, stdout, stderr) = Tzsem([.. args, "--token", "geheim"]);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--token is only used with --server");
    }

    [Fact]
    public void Lookup_ServerAndExplicitVocab_UsageErrorExit2()
    {
        var (exit, _, stderr) = Tzsem("lookup", "ggz", "dubbeldiagnose", "--server", "http://127.0.0.1:5080", "--vocab", "vocab");

        exit.Should().Be(2);
        stderr.Should().Contain("--server and --vocab cannot be used together");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("niet een adres")]
    public void Lookup_ServerNotAnHttpAddress_UsageErrorExit2(string address)
    {
        var (exit, _, stderr) = Tzsem("lookup", "ggz", "dubbeldiagnose", "--server", address);

        exit.Should().Be(2);
        stderr.Should().Contain($"--server '{address}' is not an http:// or https:// address");
    }

    [Fact]
    public void Lookup_Help_ListsServerAndToken()
    {
        var (exit, stdout, _) = Tzsem("lookup", "--help");

        exit.Should().Be(0);
        stdout.Should().Contain("--server <URL>").And.Contain("--token <TOKEN>").And.Contain("--vocab <DIR>");
    }
}
