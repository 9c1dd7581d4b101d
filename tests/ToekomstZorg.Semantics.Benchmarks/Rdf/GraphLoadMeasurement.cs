using System.Diagnostics;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>
/// Whole-process figures that BenchmarkDotNet does not give: <c>graph-load FILE</c> loads one file into a
/// graph and prints the wall time and triple count (peak RSS comes from <c>/usr/bin/time</c> around the
/// process); <c>turtle-roundtrip FILE OUT</c> writes the graph as Turtle, reads that back and checks isomorphism.
/// </summary>
internal static class GraphLoadMeasurement
{
    public static int Run(string[] args)
    {
        var stopwatch = Stopwatch.StartNew();
        var graph = RdfGraph.Load(args[1]);
        var loaded = stopwatch.Elapsed;
        if (args[0] == "graph-load")
        {
            Console.WriteLine($"triples={graph.Count} load_seconds={loaded.TotalSeconds:F2}");
            var runs = args.Length > 3 && args[2] == "--runs" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (runs > 1)
            {
                // Warm runs, as a reload is: the first one above paid for the JIT.
                graph = null;
                var warm = new List<double>();
                for (var run = 2; run <= runs; run++)
                {
                    stopwatch.Restart();
                    graph = RdfGraph.Load(args[1]);
                    warm.Add(stopwatch.Elapsed.TotalMilliseconds);
                    graph = null;
                }

                warm.Sort();
                Console.WriteLine($"warm runs: {string.Join(" ", warm.Select(w => $"{w:F0}"))} ms; min {warm[0]:F0} ms, median {warm[warm.Count / 2]:F0} ms");
            }

            return 0;
        }

        stopwatch.Restart();
        using (var output = File.Create(args[2]))
        {
            new TurtleWriter().Write(graph, output);
        }

        var written = stopwatch.Elapsed;
        var again = RdfGraph.Load(args[2]);
        stopwatch.Restart();
        var isomorphic = graph.IsIsomorphicTo(again);
        var isomorphism = stopwatch.Elapsed;

        // Writing the re-read graph must reproduce the file byte for byte.
        var rewritten = new MemoryStream();
        new TurtleWriter().Write(again, rewritten);
        var stable = rewritten.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(args[2]));
        Console.WriteLine($"triples={graph.Count} reread={again.Count} write_seconds={written.TotalSeconds:F2} isomorphism_seconds={isomorphism.TotalSeconds:F2} isomorphic={isomorphic} rewrite_identical={stable}");
        return isomorphic && stable ? 0 : 1;
    }
}
