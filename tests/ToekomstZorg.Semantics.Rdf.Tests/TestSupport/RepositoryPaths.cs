namespace ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

/// <summary>Finds the repository root (the directory holding the solution) and the shared data next to it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>A path under <c>../shared</c>, relative to the repository root.</summary>
    public static string Shared(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot, "..", "shared", .. parts]));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ToekomstZorg.Semantics.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException($"No ToekomstZorg.Semantics.sln above {AppContext.BaseDirectory}.");
    }
}
