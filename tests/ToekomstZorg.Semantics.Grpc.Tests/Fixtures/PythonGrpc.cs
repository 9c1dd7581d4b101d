using System.Diagnostics;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

/// <summary>
/// Debian's python3-grpcio as a peer: generates the python message modules with protoc and runs the interop scripts.
/// The standard protos are copied under new file names so their modules do not shadow python's own <c>grpc</c> package.
/// </summary>
public static class PythonGrpc
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<string> Modules = new(Generate);

    public static string ModuleDirectory => Modules.Value;

    /// <summary>Runs echo_client.py against <paramref name="address"/>: scenario name → its JSON result.</summary>
    public static IReadOnlyDictionary<string, JsonElement> RunEchoClient(Uri address)
    {
        var output = Run(Path.Combine(RepositoryPaths.Interop, "echo_client.py"), ModuleDirectory, $"{address.Host}:{address.Port}");
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var element = JsonDocument.Parse(line).RootElement.Clone();
            results[element.GetProperty("scenario").GetString()!] = element;
        }

        return results;
    }

    /// <summary>Starts echo_server.py; returns the process (stdin open) and its port.</summary>
    public static (Process Process, int Port) StartEchoServer()
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Interop, "echo_server.py"));
        start.ArgumentList.Add(ModuleDirectory);
        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException("echo_server.py did not start: " + process.StandardError.ReadToEnd());
        return (process, int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Generate()
    {
        var dir = Directory.CreateTempSubdirectory("tz-grpc-python-").FullName;
        File.Copy(Path.Combine(RepositoryPaths.TestProtos, "echo.proto"), Path.Combine(dir, "echo.proto"));
        File.Copy(Path.Combine(RepositoryPaths.GrpcProtos, "grpc", "health", "v1", "health.proto"), Path.Combine(dir, "tzstd_health.proto"));
        File.Copy(Path.Combine(RepositoryPaths.GrpcProtos, "grpc", "reflection", "v1", "reflection.proto"), Path.Combine(dir, "tzstd_reflection_v1.proto"));
        File.Copy(Path.Combine(RepositoryPaths.GrpcProtos, "grpc", "reflection", "v1alpha", "reflection.proto"), Path.Combine(dir, "tzstd_reflection_v1alpha.proto"));
        RunTool("protoc", "-I", dir, "--python_out", dir, "echo.proto", "tzstd_health.proto", "tzstd_reflection_v1.proto", "tzstd_reflection_v1alpha.proto");
        return dir;
    }

    private static string Run(string script, params string[] arguments) => RunTool(Python, [script, .. arguments]);

    private static string RunTool(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within 120 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }
}
