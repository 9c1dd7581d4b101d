using System.Diagnostics;

namespace ToekomstZorg.Semantics.Rdf.Tests.Support;

/// <summary>
/// rdflib (Debian's python3-rdflib, installed by <c>.ci/install-peers</c>) as an independent judge of
/// what our writers produce: it parses pairs of files and says whether the graphs are isomorphic.
/// </summary>
internal static class RdflibPeer
{
    private const string Script = """
        import sys, rdflib
        from rdflib.compare import isomorphic
        bad = []
        for line in sys.stdin:
            left, left_format, right, right_format = line.rstrip("\n").split("\t")
            try:
                g1 = rdflib.Graph(); g1.parse(left, format=left_format)
                g2 = rdflib.Graph(); g2.parse(right, format=right_format)
                if not isomorphic(g1, g2):
                    bad.append(f"{left}: not isomorphic to {right} ({len(g1)} vs {len(g2)} triples)")
            except Exception as e:
                bad.append(f"{left}: {type(e).__name__}: {e}")
        print("\n".join(bad))
        """;

    /// <summary>Compares each pair with rdflib; returns one message per pair that differs or fails to parse.</summary>
    public static IReadOnlyList<string> NonIsomorphicPairs(IEnumerable<(string Left, string LeftFormat, string Right, string RightFormat)> pairs)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        foreach (var (left, leftFormat, right, rightFormat) in pairs)
        {
            process.StandardInput.WriteLine($"{left}\t{leftFormat}\t{right}\t{rightFormat}");
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("rdflib peer failed: " + error);
        }

        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
