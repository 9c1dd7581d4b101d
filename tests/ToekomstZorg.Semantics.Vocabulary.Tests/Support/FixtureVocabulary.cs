using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Support;

/// <summary>
/// Copies the good fixture vocabulary (kern, ggz, vaph, mappings) into a fresh folder, optionally with one broken
/// file from Fixtures/lint, and loads it. A lint fixture whose name contains "reference" goes into reference/, where
/// reference schemes live. The folder is deleted on dispose.
/// </summary>
public sealed class FixtureVocabulary : IDisposable
{
    public FixtureVocabulary(params string[] lintFixtures)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("tz-vocab-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(FixtureRoot, "good")))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }

        foreach (var fixture in lintFixtures)
        {
            var target = fixture.Contains("reference", StringComparison.Ordinal) ? Path.Combine(Directory, "reference", fixture) : Path.Combine(Directory, fixture);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(FixtureRoot, "lint", fixture), target);
        }
    }

    public static string FixtureRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file.Contains("reference", StringComparison.Ordinal) && !file.Contains('/', StringComparison.Ordinal) ? Path.Combine("reference", file) : file);

    public VocabularyLoadResult Load() => VocabularyLoader.LoadDirectory(Directory);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A watcher in a test may still hold the folder; the temp folder is cleaned by the OS.
        }
    }
}
