using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Cli.Terminology;
using ToekomstZorg.Semantics.Cli.Terminology.Internal;
using ToekomstZorg.Semantics.FunctionalTests.Support;
using ToekomstZorg.Semantics.Vocabulary.Search;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.FunctionalTests.Cli;

/// <summary>
/// <c>tzsem lookup|search|translate --server URL</c> against the real server: the same answer and the same output as
/// reading the server's vocabulary folder with <c>--vocab</c>, and a one-line gRPC status when the call fails.
/// </summary>
public sealed class TzsemServerTests(FunctionalServer server) : IClassFixture<FunctionalServer>
{
    private string Server => server.Endpoints.Grpc.ToString();

    [Fact]
    public async Task LookupAsync_EveryConcept_ServerAnswerEqualsFolderAnswer()
    {
        using var folder = new VocabularyFolderTerminology(VocabularySnapshots.Load(server.VocabularyDirectory, TextWriter.Null));
        using var remote = new ServerTerminology(server.Endpoints.Grpc, bearerToken: null);
        var concepts = server.Vocabulary.Current.Snapshot.Schemes.SelectMany(s => s.Concepts.Select(c => (s.Key, c.Code))).ToList();

        foreach (var (scheme, code) in concepts)
        {
            var expected = await folder.LookupAsync(scheme, code, CancellationToken.None);
            var actual = await remote.LookupAsync(scheme, code, CancellationToken.None);

            Json(actual).Should().Be(Json(expected), $"{scheme}:{code} reads the same from the server as from the folder");
        }

        concepts.Should().HaveCountGreaterThan(100);
    }

    [Theory]
    [InlineData("kern")]
    [InlineData("ggz")]
    public async Task TranslateAsync_EveryConcept_ServerAnswerEqualsFolderAnswer(string target)
    {
        using var folder = new VocabularyFolderTerminology(VocabularySnapshots.Load(server.VocabularyDirectory, TextWriter.Null));
        using var remote = new ServerTerminology(server.Endpoints.Grpc, bearerToken: null);
        var concepts = server.Vocabulary.Current.Snapshot.Schemes.SelectMany(s => s.Concepts.Select(c => (s.Key, c.Code))).ToList();
        var matched = 0;

        foreach (var (scheme, code) in concepts)
        {
            var expected = await folder.TranslateAsync(scheme, code, target, CancellationToken.None);
            var actual = await remote.TranslateAsync(scheme, code, target, CancellationToken.None);

            Json(actual).Should().Be(Json(expected), $"{scheme}:{code} → {target} reads the same from the server as from the folder");
            matched += expected.Matches.Count > 0 ? 1 : 0;
        }

        matched.Should().BeGreaterThan(10, "the comparison covers translations with paths, not only unmatched ones");
    }

    [Theory]
    [InlineData("zorg", null)]
    [InlineData("dd", null)]
    [InlineData("diagnosis", "en")]
    [InlineData("casemanagement", "nl")]
    public async Task SearchAsync_Text_ServerAnswerEqualsFolderAnswer(string text, string? language)
    {
        using var folder = new VocabularyFolderTerminology(VocabularySnapshots.Load(server.VocabularyDirectory, TextWriter.Null));
        using var remote = new ServerTerminology(server.Endpoints.Grpc, bearerToken: null);
        var query = new SearchQuery(text, [], language, 200);

        var expected = await folder.SearchAsync(query, CancellationToken.None);
        var actual = await remote.SearchAsync(query, CancellationToken.None);

        expected.Should().NotBeEmpty();
        Json(actual).Should().Be(Json(expected));
    }

    [Theory]
    [InlineData("lookup", "ggz", "dubbeldiagnose")]
    [InlineData("lookup", "kern", "dubbeldiagnose", "--format", "json")]
    [InlineData("translate", "vaph", "dubbeldiagnose", "--to", "ggz")]
    [InlineData("translate", "vaph", "dubbeldiagnose", "--to", "ggz", "--format", "json")]
    [InlineData("search", "zorg", "--limit", "50")]
    [InlineData("search", "zorg", "--language", "en", "--format", "json")]
    public void Tzsem_WithServer_PrintsWhatItPrintsWithTheFolder(params string[] args)
    {
        var offline = Tzsem([.. args, "--vocab", server.VocabularyDirectory]);
        var online = Tzsem([.. args, "--server", Server]);

        offline.Exit.Should().Be(0, offline.Stderr);
        online.Exit.Should().Be(0, online.Stderr);
        online.Stdout.Should().NotBeEmpty().And.Be(offline.Stdout);
        online.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Lookup_UnknownCode_Exit1WithNotFoundOnOneLine()
    {
        var (exit, stdout, stderr) = Tzsem("lookup", "ggz", "bestaat-niet", "--server", Server);

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("tzsem: NOT_FOUND: ").And.Contain("bestaat-niet").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n", "one line, no stack trace");
    }

    [Fact]
    public void Translate_UnknownTargetScheme_Exit1WithNotFoundNamingIt()
    {
        var (exit, _, stderr) = Tzsem("translate", "ggz", "dubbeldiagnose", "--to", "bestaat-niet", "--server", Server);

        exit.Should().Be(1);
        stderr.Should().StartWith("tzsem: NOT_FOUND: target_system 'bestaat-niet'");
    }

    [Fact]
    public void Search_LimitAboveTheServersMaximum_Exit1WithInvalidArgument()
    {
        var (exit, _, stderr) = Tzsem("search", "zorg", "--limit", "5000", "--server", Server);

        exit.Should().Be(1);
        stderr.Should().StartWith("tzsem: INVALID_ARGUMENT: limit");
    }

    [Fact]
    public void Lookup_UnreachableServer_Exit1WithUnavailableOnOneLine()
    {
        var closed = ClosedLoopbackPort();

        var (exit, stdout, stderr) = Tzsem("lookup", "ggz", "dubbeldiagnose", "--server", $"http://127.0.0.1:{closed}");

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("tzsem: UNAVAILABLE: ").And.Contain($"127.0.0.1:{closed}");
        stderr.TrimEnd('\n').Should().NotContain("\n", "one line, no stack trace");
    }

    [Theory]
    [InlineData("lookup", "ggz", "dubbeldiagnose")]
    [InlineData("search", "zorg")]
    [InlineData("translate", "ggz", "dubbeldiagnose", "--to", "kern")]
    public void Command_ServerAndVocab_UsageErrorExit2(params string[] args)
    {
        var (exit, stdout, stderr) = Tzsem([.. args, "--server", Server, "--vocab", server.VocabularyDirectory]);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--server and --vocab cannot be used together");
    }

    private static string Json<T>(T answer) => JsonSerializer.Serialize(answer);

    private static int ClosedLoopbackPort()
    {
        // A port the system just handed out and nobody listens on any more: connecting is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
