using System.Diagnostics;

namespace ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

/// <summary>Runs drobilla's serdi (installed by <c>.ci/install-peers</c>) as an independent Turtle parser.</summary>
internal static class Serdi
{
    /// <summary>Converts a Turtle file to N-Triples with serdi, resolving against <paramref name="baseIri"/>.</summary>
    public static byte[] TurtleToNTriples(string path, string baseIri)
    {
        var start = new ProcessStartInfo("serdi", ["-i", "turtle", "-o", "ntriples", path, baseIri])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("serdi did not start; run .ci/install-peers");
        using var output = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"serdi failed on {path}: {stderr.Result}");
        }

        return output.ToArray();
    }

    /// <summary>Runs the synthetic SKOS generator into a temporary file and returns its path.</summary>
    public static string GenerateSkos(int concepts)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tzsem-rdf-tests-skos{concepts}-{Environment.ProcessId}.ttl");
        var start = new ProcessStartInfo("/usr/bin/python3", [RepositoryPaths.Shared("bench", "gen_skos.py"), concepts.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        using (var file = File.Create(path))
        {
            process.StandardOutput.BaseStream.CopyTo(file);
        }

        process.WaitForExit();
        process.ExitCode.Should().Be(0, "gen_skos.py must run");
        return path;
    }
}
