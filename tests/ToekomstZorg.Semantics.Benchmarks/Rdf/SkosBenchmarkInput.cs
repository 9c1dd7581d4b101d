using System.Diagnostics;
using ToekomstZorg.Semantics.TestSupport;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>
/// Synthetic SKOS documents from <c>../shared/bench/gen_skos.py</c>, generated once per size into the temp
/// directory (the generator is deterministic, so every run measures the same bytes).
/// </summary>
internal static class SkosBenchmarkInput
{
    public static string PathFor(int concepts)
    {
        var path = Path.Combine(Path.GetTempPath(), "tzsem-bench", $"skos{concepts}.ttl");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var generator = RepositoryPaths.Shared("bench", "gen_skos.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [generator, concepts.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        using (var file = File.Create(path + ".tmp"))
        {
            process.StandardOutput.BaseStream.CopyTo(file);
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"gen_skos.py {concepts} failed with exit code {process.ExitCode}.");
        }

        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }
}
