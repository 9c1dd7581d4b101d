namespace ToekomstZorg.Semantics.Rdf.Tests.Support;

/// <summary>Paths to the shared conformance data, found from the repository root.</summary>
internal static class WriterTestPaths
{
    public static string TurtleSuite => Path.Combine(RepositoryPaths.Root, "..", "shared", "conformance", "rdf-turtle");

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
}
