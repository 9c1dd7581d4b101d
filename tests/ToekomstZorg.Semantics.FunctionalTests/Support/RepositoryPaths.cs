namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>Paths relative to the repository root (the directory holding ToekomstZorg.Semantics.sln).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ToekomstZorg.Semantics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (ToekomstZorg.Semantics.sln) not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    public static string FhirSchema => Shared("conformance", "fhir-r4", "fhir.schema.json");

    public static IEnumerable<string> FhirExamples =>
        Directory.EnumerateFiles(Shared("conformance", "fhir-r4", "examples"), "*.json").Order(StringComparer.Ordinal);
}
