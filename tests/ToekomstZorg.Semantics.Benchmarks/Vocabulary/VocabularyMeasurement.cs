using System.Diagnostics;
using System.Globalization;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Benchmarks.Vocabulary;

/// <summary>
/// Latency distributions that BenchmarkDotNet (means) does not give: <c>vocab-latency PATH [QUERIES]</c> loads a
/// vocabulary folder (or one Turtle file) and times single search and translate calls, printing p50, p99 and max.
/// Queries are prefixes (3–10 characters) and whole labels drawn from the vocabulary's own labels, with a fixed seed.
/// </summary>
internal static class VocabularyMeasurement
{
    public static int Run(string[] args)
    {
        var path = args[1];
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
        var load = Stopwatch.StartNew();
        var snapshot = Directory.Exists(path)
            ? VocabularyLoader.LoadDirectory(path).Snapshot
            : VocabularySnapshot.FromGraph(RdfGraph.Load(path), "bench");
        Console.WriteLine($"loaded {snapshot.ConceptCount} concepts, {snapshot.Mappings.Count} mappings in {load.Elapsed.TotalSeconds:F2} s");

        var random = new Random(20261122);
        var labels = snapshot.Schemes.SelectMany(s => s.Concepts).SelectMany(c => c.Labels).Select(l => l.Text).ToArray();
        var queries = Enumerable.Range(0, count).Select(_ =>
        {
            var label = labels[random.Next(labels.Length)];
            return random.Next(4) == 0 ? label : label[..Math.Min(label.Length, random.Next(3, 11))];
        }).ToArray();

        Report("search", queries, q => snapshot.Search(new SearchQuery(q, Limit: 20)).Count);

        var concepts = snapshot.Schemes.SelectMany(s => s.Concepts).Where(c => c.Mappings.Count > 0).ToArray();
        if (concepts.Length > 0)
        {
            var targets = snapshot.Schemes.ToArray();
            var pairs = Enumerable.Range(0, count).Select(_ => (concepts[random.Next(concepts.Length)], targets[random.Next(targets.Length)])).ToArray();
            Report("translate", pairs, p => snapshot.Translate(p.Item1, p.Item2).Matches.Count);
        }

        return 0;
    }

    private static void Report<T>(string name, T[] inputs, Func<T, int> call)
    {
        foreach (var input in inputs.Take(Math.Min(2000, inputs.Length)))
        {
            call(input); // warm-up: JIT tiers and caches
        }

        var times = new double[inputs.Length];
        long results = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            results += call(inputs[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        double P(double q) => times[Math.Min(times.Length - 1, (int)(q * times.Length))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {inputs.Length} calls, p50 {P(0.50):F4} ms, p99 {P(0.99):F4} ms, max {times[^1]:F3} ms, mean {times.Average():F4} ms ({results / (double)inputs.Length:F1} results per call)"));
    }
}
