using System.Diagnostics;
using System.Globalization;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Site;
using ToekomstZorg.Semantics.Site.Export;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Benchmarks.Site;

/// <summary>
/// Server time of the site's pages, in-process (no HTTP), like <c>vocab-latency</c>:
/// <c>site-latency PATH [REQUESTS]</c> loads a vocabulary folder (or one Turtle file) and times single
/// <see cref="VocabularySite.Respond"/> calls for concept pages, crosswalk pages and a concept as Turtle and JSON-LD,
/// printing p50, p99 and max; <c>site-export PATH OUT</c> times <see cref="StaticSiteExporter.Export"/>.
/// Concepts are drawn with a fixed seed.
/// </summary>
internal static class SiteMeasurement
{
    public static int Run(string[] args)
    {
        var load = Stopwatch.StartNew();
        var snapshot = Load(args[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {snapshot.ConceptCount} concepts, {snapshot.Mappings.Count} mappings, {snapshot.Graph.Count} triples in {load.Elapsed.TotalSeconds:F2} s"));
        if (args[0] is "site-export")
        {
            var export = Stopwatch.StartNew();
            var written = StaticSiteExporter.Export(snapshot, args[2]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"site-export: {written.Files} files, {written.Bytes / 1024.0 / 1024.0:F1} MiB in {export.Elapsed.TotalSeconds:F1} s (load {load.Elapsed.TotalSeconds - export.Elapsed.TotalSeconds:F1} s before)"));
            return 0;
        }

        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5_000;
        var site = new VocabularySite();
        var random = new Random(20261202);
        var concepts = snapshot.Schemes.SelectMany(s => s.Concepts).ToArray();
        var cores = snapshot.CoreScheme?.Concepts.ToArray() ?? [];
        var conceptPaths = Enumerable.Range(0, count).Select(_ => VocabularySite.PathOf(concepts[random.Next(concepts.Length)])).ToArray();
        Report("concept page (text/html)", conceptPaths, p => site.Respond(snapshot, SiteRequest.Get(p, "text/html")).Body.Length);
        if (cores.Length > 0)
        {
            var crosswalkPaths = Enumerable.Range(0, count).Select(_ => VocabularySite.CrosswalkPathOf(cores[random.Next(cores.Length)])).ToArray();
            Report("crosswalk page", crosswalkPaths, p => site.Respond(snapshot, SiteRequest.Get(p)).Body.Length);
        }

        Report("concept as Turtle", conceptPaths, p => site.Respond(snapshot, SiteRequest.Get(p, "text/turtle")).Body.Length);
        Report("concept as JSON-LD", conceptPaths, p => site.Respond(snapshot, SiteRequest.Get(p, "application/ld+json")).Body.Length);
        return 0;
    }

    // On a shared machine (load far above the core count) wall-clock p99 measures the scheduler; the thread's own CPU
    // time (CLOCK_THREAD_CPUTIME_ID, Linux) is the work a request costs, and is reported next to it.
    private static double ThreadCpuMilliseconds() =>
        ClockGetTime(3, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0 : double.NaN;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static VocabularySnapshot Load(string path)
    {
        if (Directory.Exists(path))
        {
            return VocabularyLoader.LoadDirectory(path).Snapshot;
        }

        var graph = RdfGraph.Load(path);
        graph.BuildIndexes();
        return VocabularySnapshot.FromGraph(graph, "bench");
    }

    private static void Report(string name, string[] paths, Func<string, int> call)
    {
        foreach (var path in paths.Take(Math.Min(500, paths.Length)))
        {
            call(path); // warm-up: JIT tiers
        }

        var times = new double[paths.Length];
        var cpu = new double[paths.Length];
        long bytes = 0;
        for (var i = 0; i < paths.Length; i++)
        {
            var startCpu = ThreadCpuMilliseconds();
            var start = Stopwatch.GetTimestamp();
            bytes += call(paths[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = ThreadCpuMilliseconds() - startCpu;
        }

        Array.Sort(times);
        Array.Sort(cpu);
        static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {paths.Length} requests, wall p50 {P(times, 0.50):F3} ms, p99 {P(times, 0.99):F3} ms, max {times[^1]:F2} ms; thread CPU p50 {P(cpu, 0.50):F3} ms, p99 {P(cpu, 0.99):F3} ms; {bytes / paths.Length / 1024.0:F1} KiB per answer"));
    }
}
