using System.Diagnostics;
using System.Globalization;
using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Diff.Internal;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Benchmarks.Vocabulary;

/// <summary>
/// <c>vocab-diff OLD NEW [ROUNDS]</c>: where the time of <c>tzsem diff</c> goes. Loads both folders (in parallel, as
/// the command does) and times <see cref="VocabularyDiff.Compute"/> ROUNDS times (the first round includes the JIT), then once with every pair translated (the peer, which must give the same impact),
/// printing the counts so a run can be checked against the edits that made NEW.
/// </summary>
internal static class DiffMeasurement
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        var load = Stopwatch.StartNew();
        var loads = new[] { args[1], args[2] }.AsParallel().AsOrdered().Select(d => VocabularyLoader.LoadDirectory(d).Snapshot).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {loads[0].ConceptCount} and {loads[1].ConceptCount} concepts in {load.Elapsed.TotalSeconds:F2} s (both, in parallel)"));
        for (var round = 1; round <= rounds; round++)
        {
            Phases(loads[0], loads[1]);
            var timer = Stopwatch.StartNew();
            var diff = VocabularyDiff.Compute(loads[0], loads[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: diff {timer.Elapsed.TotalSeconds:F2} s; {diff.TranslationsCompared} translations compared; "
                + $"concepts +{diff.ConceptsAdded.Count} -{diff.ConceptsRemoved.Count} deprecated {diff.ConceptsDeprecated.Count} changes {diff.ConceptChanges.Count}; "
                + $"mappings +{diff.MappingsAdded.Count} -{diff.MappingsRemoved.Count} ~{diff.MappingsChanged.Count}; "
                + $"impact {diff.Impact.Count} targets in {diff.ImpactedTranslations} translations"));
        }

        // The peer in the same run: every (concept, target scheme) pair translated, which the scoped impact must equal.
        var fullTimer = Stopwatch.StartNew();
        var scoped = VocabularyDiff.Compute(loads[0], loads[1]);
        var reference = VocabularyDiff.Compute(loads[0], loads[1], fullImpact: true, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full impact (every pair): {fullTimer.Elapsed.TotalSeconds:F2} s including one scoped diff; {reference.TranslationsCompared} translations compared; "
            + $"impact {reference.Impact.Count} targets; equal to scoped: {reference.Impact.SequenceEqual(scoped.Impact)}"));
        return reference.Impact.SequenceEqual(scoped.Impact) ? 0 : 1;
    }

    // Wall and CPU time of each part (CPU time is what a shared machine distorts least).
    private static void Phases(ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot a, ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot b)
    {
        Time("concepts", () => ConceptComparer.Compare(a, b));
        Time("mappings", () => MappingComparer.Compare(a, b));
        Time("scope", () => ImpactScope.Sources(a, b));
        Time("impact", () => ImpactCalculator.Compute(a, b, full: false, CancellationToken.None));
    }

    private static void Time(string name, Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        action();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {wall.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU"));
    }
}
