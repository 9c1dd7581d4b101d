using System.Diagnostics;
using System.Globalization;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Benchmarks.Vocabulary;

/// <summary>
/// <c>vocab-load PATH [PATH...] [--runs N] [--allocations]</c>: loads the files (a Turtle file or every <c>*.ttl</c> under a folder) as
/// one vocabulary folder, the way the server and <c>tzsem lint</c> do, and prints each phase (parse into the graph,
/// graph indexes, snapshot, then the search index and the lint, which run side by side) and the total. The yardstick in the same run is <see cref="RdfGraph"/>
/// loading the same files without the vocabulary (<c>RdfGraph.Load</c>, as <c>graph-load</c>). Peak RSS is the
/// process's VmHWM after the first (cold) load, before the yardstick runs; later runs are warm, as a server reload is.
/// Each run also prints its CPU time (less inflated than wall time on a busy machine), its garbage collections, GC
/// pause time and bytes allocated, and its kernel CPU time and page faults (new memory the kernel maps in); the first
/// run also the highest resident set sampled in each phase, and a second yardstick: how long this machine takes to fault
/// in as much new memory as the loaded vocabulary holds (a floor under any first load of it).
/// It prints which garbage collector it runs with: the server's (server GC) with <c>DOTNET_gcServer=1</c>, tzsem's
/// (workstation GC) without. <c>--allocations</c> also prints what the last run allocated, by type (sampled,
/// see <see cref="AllocationByType"/>); the listener slows that run. <c>--phases K</c> then repeats the snapshot, the
/// search index and the lint of the last load K times each, one at a time, and prints each one's fastest and median
/// time and CPU time (all threads, the collector's too): a phase's own cost, without the other phase running beside it
/// (to compare two versions of one phase on a noisy machine; a load runs its phases on both cores, so CPU time is what
/// decides there).
/// </summary>
internal static class VocabularyLoadMeasurement
{
    public static int Run(string[] args)
    {
        var runs = 3;
        var phases = 0;
        AllocationByType? allocations = null;
        var paths = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--phases")
            {
                phases = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--allocations")
            {
                allocations = new AllocationByType();
            }
            else
            {
                paths.Add(Path.GetFullPath(args[i]));
            }
        }

        // The server runs server GC (ASP.NET Core's default: a heap per core, large allocation budgets) and tzsem
        // workstation GC; this process runs workstation GC unless started with DOTNET_gcServer=1, as the server is.
        Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server (as the server runs)" : "workstation (as tzsem runs; DOTNET_gcServer=1 for the server's)")}, {Environment.ProcessorCount} cores");
        var folder = Assemble(paths);
        try
        {
            var results = new List<VocabularyLoadTimings>();
            VocabularySnapshot? last = null;
            for (var run = 1; run <= runs; run++)
            {
                var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var (allocated, paused, cpu) = (GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(), Process.GetCurrentProcess().TotalProcessorTime);
                var (kernel, faults) = (Process.GetCurrentProcess().PrivilegedProcessorTime, MinorFaults());
                if (run == runs)
                {
                    allocations?.Start();
                }

                using var rss = run == 1 ? new RssSampler() : null;
                var clock = Stopwatch.StartNew();
                var result = VocabularyLoader.LoadDirectory(folder);
                var wall = clock.Elapsed;
                allocations?.Stop();
                var gc = string.Create(CultureInfo.InvariantCulture,
                    $"CPU {Ms(Process.GetCurrentProcess().TotalProcessorTime - cpu)} ms; GC: {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} collections (gen0/1/2), paused {Ms(GC.GetTotalPauseDuration() - paused)} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) >> 20} MB; kernel CPU {Ms(Process.GetCurrentProcess().PrivilegedProcessorTime - kernel)} ms, {(MinorFaults() - faults) / 1000} k page faults");
                var t = result.Timings!;
                results.Add(t);
                last = run == runs ? result.Snapshot : null;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: parse {Ms(t.Parse)} + graph-index {Ms(t.GraphIndex)} + snapshot {Ms(t.Snapshot)} + (search-index {Ms(t.SearchIndex)} beside lint {Ms(t.Lint)}) = {Ms(t.Total)} ms (wall {Ms(wall)} ms); {result.Snapshot.ConceptCount} concepts, {result.Snapshot.Mappings.Count} mappings, {result.Diagnostics.Count(d => d.IsError)} lint errors, {result.Diagnostics.Count(d => !d.IsError)} warnings"));
                Console.WriteLine($"run {run}: {gc}");
                if (run == 1)
                {
                    var live = GC.GetTotalMemory(forceFullCollection: true);
                    Console.WriteLine($"peak RSS after the first load: {PeakRssMegabytes()} MB (VmHWM); live heap {live >> 20} MB with the result held");
                    Console.WriteLine($"highest RSS sampled (every 5 ms) in each phase of the first load: {rss!.PeaksByPhase(t)}");
                    result = null;
                    GC.Collect();
                    Yardstick(folder);
                    FreshMemoryYardstick(live);
                }

                GC.Collect();
            }

            allocations?.Print(top: 40);
            allocations?.Dispose();
            var warm = results.Skip(1).DefaultIfEmpty(results[0]).OrderBy(t => t.Total).ToList();
            var median = warm[warm.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of warm runs: parse {Ms(median.Parse)}, graph-index {Ms(median.GraphIndex)}, snapshot {Ms(median.Snapshot)}, search-index {Ms(median.SearchIndex)}, lint {Ms(median.Lint)}, total {Ms(median.Total)} ms"));
            if (phases > 0 && last is not null)
            {
                RepeatPhases(last, phases);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Each phase alone, K times: the snapshot from the loaded graph (every scheme a house scheme), then the search index
    // and the lint of the loaded snapshot.
    private static void RepeatPhases(VocabularySnapshot loaded, int times)
    {
        var phases = new (string Name, Action Run)[]
        {
            ("snapshot", () => VocabularySnapshot.FromGraph(loaded.Graph, loaded.Version)),
            ("search-index", () => _ = new SearchIndex(loaded.Schemes)),
            ("lint", () => _ = new VocabularyLinter(loaded.Graph, loaded).Run()),
        };
        var parts = new List<string>();
        foreach (var (name, run) in phases)
        {
            var walls = new List<TimeSpan>();
            var cpus = new List<TimeSpan>();
            for (var i = 0; i < times; i++)
            {
                GC.Collect();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                run();
                walls.Add(clock.Elapsed);
                cpus.Add(Process.GetCurrentProcess().TotalProcessorTime - cpu);
            }

            walls.Sort();
            cpus.Sort();
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {Ms(walls[0])}/{Ms(walls[walls.Count / 2])} (CPU {Ms(cpus[0])}/{Ms(cpus[cpus.Count / 2])})"));
        }

        Console.WriteLine($"each phase alone, {times} times (fastest/median ms; CPU of every thread, fastest/median): {string.Join(", ", parts)}");
    }

    private static void Yardstick(string folder)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var triples = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.ttl", SearchOption.AllDirectories))
        {
            triples += RdfGraph.Load(file).Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"yardstick: RdfGraph.Load of the same files, {triples} triples, {Ms(clock.Elapsed)} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) >> 20} MB"));
    }

    // What it costs here to bring as many bytes as the loaded vocabulary holds into the process as new memory, which a
    // first load (and a reload, the old vocabulary still being served) must: map them and write one byte per 4 KB page,
    // so the kernel faults each page in and clears it, on one thread and then half on each of two.
    private static void FreshMemoryYardstick(long bytes)
    {
        var parts = new List<string>();
        foreach (var threads in (ReadOnlySpan<int>)[1, 2])
        {
            var clock = Stopwatch.StartNew();
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
            {
                var size = bytes / threads;
                var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal((nint)size); // malloc: mmap at this size, so new pages
                try
                {
                    for (long offset = 0; offset < size; offset += 4096)
                    {
                        System.Runtime.InteropServices.Marshal.WriteByte(memory + (nint)offset, 1);
                    }
                }
                finally
                {
                    System.Runtime.InteropServices.Marshal.FreeHGlobal(memory);
                }
            });
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Ms(clock.Elapsed)} ms on {threads} thread{(threads == 1 ? string.Empty : "s")}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"yardstick: faulting in {bytes >> 20} MB of new memory (the live heap above; one byte written per 4 KB page): {string.Join(", ", parts)}"));
    }

    // The process's minor page faults so far (/proc/self/stat, field 10).
    private static long MinorFaults()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture);
    }

    // The inputs as one folder of symbolic links, as the loader reads one folder. A folder's files keep their paths
    // relative to it, so its reference/ schemes stay reference schemes (under a sub-folder of their own they would be
    // linted as house schemes); a second folder goes under its own name.
    private static string Assemble(List<string> paths)
    {
        var folder = Directory.CreateTempSubdirectory("tzsem-vocab-load-").FullName;
        var firstFolder = true;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var into = firstFolder ? folder : Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
                firstFolder = false;
                foreach (var file in Directory.EnumerateFiles(path, "*.ttl", SearchOption.AllDirectories))
                {
                    var link = Path.Combine(into, Path.GetRelativePath(path, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                    File.CreateSymbolicLink(link, file);
                }
            }
            else
            {
                File.CreateSymbolicLink(Path.Combine(folder, Path.GetFileName(path)), path);
            }
        }

        return folder;
    }

    // Samples the process's resident set every 5 ms on a thread of its own, to tell in which phase the peak falls.
    private sealed class RssSampler : IDisposable
    {
        private readonly List<(TimeSpan At, long Kilobytes)> _samples = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Thread _thread;
        private volatile bool _stop;

        public RssSampler()
        {
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                    var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    lock (_samples)
                    {
                        _samples.Add((_clock.Elapsed, kilobytes));
                    }

                    Thread.Sleep(5);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public string PeaksByPhase(VocabularyLoadTimings t)
        {
            var bounds = new (string Name, TimeSpan End)[]
            {
                ("parse", t.Parse), ("graph-index", t.Parse + t.GraphIndex), ("snapshot", t.Parse + t.GraphIndex + t.Snapshot), ("search-index and lint", t.Total),
            };
            lock (_samples)
            {
                var start = TimeSpan.Zero;
                var parts = new List<string>();
                foreach (var (name, end) in bounds)
                {
                    var peak = _samples.Where(s => s.At >= start && s.At < end).Select(s => s.Kilobytes).DefaultIfEmpty(0).Max();
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {peak >> 10} MB"));
                    start = end;
                }

                return string.Join(", ", parts);
            }
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);

    private static long PeakRssMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }
}
