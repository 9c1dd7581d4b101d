using System.Diagnostics;
using System.Text.Json;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>
/// Drives Debian's python3-grpcio (a gRPC implementation this project did not write) through Python/grpc_probe.py.
/// The message modules are generated once per test run with protoc --python_out from the repository's .proto files
/// and the standard health and reflection protos (Python/Protos, copied from grpc/grpc; grpc-dotnet's packages ship
/// them compiled only). Debian's protoc lacks the well-known types, so Grpc.Tools' include directory supplies them.
/// </summary>
internal static class PythonGrpc
{
    private static readonly Lazy<string> Generated = new(Generate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs one probe command and returns its JSON lines.</summary>
    public static async Task<ProbeResult> RunAsync(string target, params string[] arguments)
    {
        using var process = Start(target, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        process.ExitCode.Should().Be(0, "the probe must not crash: " + await error);
        return new ProbeResult(lines, await error);
    }

    /// <summary>Starts a probe whose lines the test reads as they come (streaming calls).</summary>
    public static Process Start(string target, params string[] arguments)
    {
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Python", "grpc_probe.py"));
        info.ArgumentList.Add(Generated.Value);
        info.ArgumentList.Add(target);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
    }

    private static string Generate()
    {
        var output = Directory.CreateTempSubdirectory("tz-pyproto-").FullName;
        var staging = Directory.CreateTempSubdirectory("tz-pyproto-src-").FullName;
        var grpcProtos = Path.Combine(AppContext.BaseDirectory, "Python", "Protos", "grpc");

        // Renamed so the module names do not collide with the grpc package itself, nor v1 with v1alpha.
        File.Copy(Path.Combine(grpcProtos, "health", "v1", "health.proto"), Path.Combine(staging, "probe_health.proto"));
        File.Copy(Path.Combine(grpcProtos, "reflection", "v1", "reflection.proto"), Path.Combine(staging, "probe_reflection_v1.proto"));
        File.Copy(Path.Combine(grpcProtos, "reflection", "v1alpha", "reflection.proto"), Path.Combine(staging, "probe_reflection_v1alpha.proto"));
        Protoc(output, staging, "probe_health.proto", "probe_reflection_v1.proto", "probe_reflection_v1alpha.proto");
        // Our protos import google/api/annotations.proto (the REST/JSON routes): compiled from Google.Api.CommonProtos,
        // the package the Contracts project takes them from, into google/api/ of the namespace package python3-protobuf's
        // google/ already is.
        Protoc(output, GoogleApiProtos, "google/api/http.proto", "google/api/annotations.proto");
        Protoc(output, Path.Combine(RepositoryPaths.Root, "protos"), "toekomstzorg/semantics/v1/terminology.proto", "toekomstzorg/semantics/v1/fhir.proto");
        return output;
    }

    private static string NuGetPackages => Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string GoogleApiProtos => Path.Combine(NuGetPackages, "google.api.commonprotos", "2.17.0", "content", "protos");

    private static void Protoc(string output, string root, params string[] files)
    {
        var info = new ProcessStartInfo("protoc") { RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add($"-I{root}");
        info.ArgumentList.Add($"-I{GoogleApiProtos}");
        info.ArgumentList.Add($"-I{Path.Combine(NuGetPackages, "grpc.tools", "2.85.0", "build", "native", "include")}");
        info.ArgumentList.Add($"--python_out={output}");
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("protoc failed: " + error);
        }
    }
}
