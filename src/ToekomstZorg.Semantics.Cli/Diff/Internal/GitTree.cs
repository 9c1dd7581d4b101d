using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;

namespace ToekomstZorg.Semantics.Cli.Diff.Internal;

/// <summary>
/// A folder of a git revision, extracted with git itself into a temporary directory (deleted on dispose):
/// <c>git rev-parse --verify REV^{commit}</c> to name an unknown revision clearly, then
/// <c>git archive --format=tar REV:./PATH</c> (the tree of PATH relative to the current directory, so the files land
/// at the top of the archive), read with <see cref="TarFile"/>. git runs in the current directory (or --repo), so the
/// repository is the one the curator stands in.
/// </summary>
internal sealed class GitTree : IDisposable
{
    private GitTree(string directory) => Directory = directory;

    public string Directory { get; }

    public static GitTree Extract(string? repository, string revision, string folder)
    {
        if (revision.StartsWith('-'))
        {
            throw new DiffSideException($"'{revision}' is not a git revision", []);
        }

        if (Path.IsPathRooted(folder))
        {
            throw new DiffSideException($"{folder}: the path of a git side must be relative to the current directory (e.g. vocab)", []);
        }

        var (verified, _, verifyError) = RunGit(repository, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], null);
        if (verified != 0)
        {
            var why = verifyError.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)
                ? $"{Path.GetFullPath(repository ?? ".")} is not inside a git repository"
                : $"unknown git revision '{revision}'";
            throw new DiffSideException(why, []);
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("tzsem-diff-").FullName;
        var tree = new GitTree(directory);
        try
        {
            var treeish = $"{revision}:./{folder.Replace('\\', '/').TrimEnd('/')}";
            var (exit, _, error) = RunGit(repository, ["archive", "--format=tar", treeish], directory);
            if (exit != 0)
            {
                throw new DiffSideException($"{revision}:{folder}: not a folder in that revision ({FirstLine(error)})", []);
            }

            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleanup.
        }
    }

    // extractTo: stream stdout (a tar) into that folder; otherwise stdout is discarded.
    private static (int Exit, string Output, string Error) RunGit(string? repository, IReadOnlyList<string> arguments, string? extractTo)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repository ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DiffSideException("git could not be started", []);
        }
        catch (Win32Exception e)
        {
            throw new DiffSideException($"git could not be started ({e.Message}); --git needs git on the PATH", []);
        }

        using (process)
        {
            // Read stderr concurrently so a chatty git cannot block on a full pipe while we read the archive.
            var error = process.StandardError.ReadToEndAsync();
            if (extractTo is not null)
            {
                try
                {
                    TarFile.ExtractToDirectory(process.StandardOutput.BaseStream, extractTo, overwriteFiles: false);
                }
                catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
                {
                    // git wrote no archive (it failed): its exit code and message say why.
                }

                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            }
            else
            {
                process.StandardOutput.ReadToEnd();
            }

            process.WaitForExit();
            return (process.ExitCode, string.Empty, error.GetAwaiter().GetResult());
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "git archive failed";
        return line.StartsWith("fatal: ", StringComparison.Ordinal) ? line["fatal: ".Length..] : line;
    }
}
