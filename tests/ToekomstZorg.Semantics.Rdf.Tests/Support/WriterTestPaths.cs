namespace ToekomstZorg.Semantics.Rdf.Tests.Support;

/// <summary>Paths to the shared conformance data, found from the repository root.</summary>
internal static class WriterTestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TurtleSuite => Path.Combine(RepositoryRoot, "..", "shared", "conformance", "rdf-turtle");

    /// <summary>
    /// The Turtle suite's eval tests as (action .ttl, result .nt) file pairs, read from <c>manifest.ttl</c>
    /// with a pattern rather than a parser so the writer tests do not depend on the reader.
    /// </summary>
    public static IReadOnlyList<(string Action, string Result)> TurtleEvalTests()
    {
        var manifest = File.ReadAllText(Path.Combine(TurtleSuite, "manifest.ttl"));
        return System.Text.RegularExpressions.Regex
            .Matches(manifest, @"rdft:TestTurtleEval\s*;.*?mf:action\s*<([^>]+)>\s*;\s*mf:result\s*<([^>]+)>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => (Path.Combine(TurtleSuite, m.Groups[1].Value), Path.Combine(TurtleSuite, m.Groups[2].Value)))
            .ToList();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ToekomstZorg.Semantics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (ToekomstZorg.Semantics.sln) not found.");
    }
}
