using System.CommandLine;
using System.CommandLine.Parsing;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Cli.Terminology.Internal;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>
/// Where a lookup command reads from: <c>--vocab DIR</c> (a vocabulary folder, the default <c>vocab</c>) or
/// <c>--server URL [--token TOKEN]</c> (a running service). Giving both, a token without a server, or a server address
/// that is not an absolute http(s) URL is a usage error.
/// </summary>
internal sealed class TerminologySourceOptions
{
    private readonly Option<string> _vocab = VocabularyOption.Create();
    private readonly Option<string?> _server = new("--server")
    {
        Description = "Ask a running tzsem server (its gRPC address, e.g. http://127.0.0.1:5080) instead of reading --vocab",
        HelpName = "URL",
    };

    private readonly Option<string?> _token = new("--token")
    {
        Description = "Bearer token for --server (when the server requires one)",
        HelpName = "TOKEN",
    };

    /// <summary>Adds the options and their checks to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_vocab);
        command.Options.Add(_server);
        command.Options.Add(_token);
        command.Validators.Add(Validate);
    }

    /// <summary>The terminology the parsed command line points at; a vocabulary folder is loaded here.</summary>
    public ITerminology Open(ParseResult parseResult, CliConsole console) =>
        parseResult.GetValue(_server) is { } server
            ? new ServerTerminology(new Uri(server, UriKind.Absolute), parseResult.GetValue(_token))
            : new VocabularyFolderTerminology(VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, console.Error));

    private void Validate(CommandResult command)
    {
        var server = command.GetResult(_server);
        if (server is not null && command.GetResult(_vocab) is { Implicit: false })
        {
            command.AddError("--server and --vocab cannot be used together: ask a running server or read a vocabulary folder");
        }

        if (server is null && command.GetResult(_token) is not null)
        {
            command.AddError("--token is only used with --server");
        }

        if (server is not null && !IsServerAddress(server.GetValueOrDefault<string?>()))
        {
            command.AddError($"--server '{server.GetValueOrDefault<string?>()}' is not an http:// or https:// address, e.g. http://127.0.0.1:5080");
        }
    }

    private static bool IsServerAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
