namespace ToekomstZorg.Semantics.Rdf.Tests.Support;

/// <summary>Paths to the shared conformance data, found from the repository root.</summary>
internal static class WriterTestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TurtleSuite => Path.Combine(RepositoryRoot, "..", "shared", "conformance", "rdf-turtle");

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
