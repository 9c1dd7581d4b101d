using System.CommandLine;
using Grpc.Core;
using ToekomstZorg.Semantics.Cli.Commands;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Cli;

/// <summary>
/// The <c>tzsem</c> command line: one <see cref="Command"/> subclass per command under <c>Commands/</c>,
/// registered in <see cref="CreateRootCommand"/>. Exit codes and error reporting live here, once for all
/// commands: usage errors exit 2, invalid input exits 1 with <c>FILE:LINE:COL: message</c>, a failed <c>--server</c>
/// call exits 1 with <c>tzsem: STATUS: message</c>, and no stack trace ever reaches the user.
/// </summary>
internal static class TzsemCommandLine
{
    /// <summary>The root command with every command registered.</summary>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var vocabulary = new SkosDirectoryVocabularyLoader(console);
        return new RootCommand("tzsem — tools for the ToekomstZorg care vocabulary")
        {
            // Add a command: write Commands/XCommand.cs (a sealed Command subclass taking the console) and list it here.
            new ConvertCommand(console),
            new LintCommand(console),
            new LookupCommand(console),
            new SearchCommand(console),
            new TranslateCommand(console),
            new ValidateCodeCommand(console),
            new SubsumesCommand(console),
            new ExpandCommand(console),
            new TranslateFhirCommand(console, vocabulary),
            new ExportCommand(console, vocabulary),
            new DiffCommand(console),
        };
    }

    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            var parseResult = CreateRootCommand(console).Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    console.Error.WriteLine($"tzsem: {error.Message}");
                }

                console.Error.WriteLine("Run 'tzsem --help' for usage.");
                return ExitCodes.Usage;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = console.OutputText,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (RdfSyntaxException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CliInputException)
        {
            console.Error.WriteLine($"tzsem: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (RpcException e)
        {
            // --server: the call's status as gRPC names it and the server's message (or why the server was not reached).
            console.Error.WriteLine($"tzsem: {StatusCodeNames.NameOf(e.StatusCode)}: {e.Status.Detail.ReplaceLineEndings(" ")}");
            return ExitCodes.InvalidInput;
        }
        finally
        {
            console.OutputText.Flush();
            console.Output.Flush();
        }
    }
}
