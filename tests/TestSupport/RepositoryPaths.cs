namespace ToekomstZorg.Semantics.TestSupport;

/// <summary>
/// Paths relative to the repository root (the directory holding ToekomstZorg.Semantics.sln, found by walking up from
/// the test assembly's directory) and to the shared data beside it (<c>../shared</c>). One source file, compiled into
/// every test project that needs it (a linked <c>Compile</c> item), so each test assembly stays independent; a project
/// with paths of its own adds them in a part <c>RepositoryPaths.&lt;Concern&gt;.cs</c>.
/// </summary>
internal static partial class RepositoryPaths
{
    private const string SolutionFile = "ToekomstZorg.Semantics.sln";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under <c>../shared</c>, relative to the repository root.</summary>
    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    /// <summary>The official FHIR R4 JSON schema.</summary>
    public static string FhirSchema => Shared("conformance", "fhir-r4", "fhir.schema.json");

    /// <summary>The FHIR R4 example resources, in ordinal order of their paths.</summary>
    public static IEnumerable<string> FhirExamples =>
        Directory.EnumerateFiles(Shared("conformance", "fhir-r4", "examples"), "*.json").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Repository root ({SolutionFile}) not found above {AppContext.BaseDirectory}");
    }
}
