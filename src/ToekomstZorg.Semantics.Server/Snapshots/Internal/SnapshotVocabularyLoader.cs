using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>
/// Loads the vocabulary with the Vocabulary project (<see cref="VocabularyLoader"/>: every Turtle file, the snapshot,
/// and the lint rules TZ001-TZ017 with positions). A version with lint errors, or without any scheme, is not served.
/// </summary>
internal sealed class SnapshotVocabularyLoader(TimeProvider time, FhirTranslationOptions? translationOptions = null) : IVocabularyLoader
{
    public ServedVocabulary Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new VocabularyLoadException(directory, [new VocabularyDiagnostic("vocabulary-directory", VocabularyDiagnostic.Error, "The vocabulary directory does not exist.")]);
        }

        var result = VocabularyLoader.LoadDirectory(directory);
        var diagnostics = result.Diagnostics.Select(d => Diagnostic(directory, d)).ToList();
        if (result.Files.Count == 0)
        {
            diagnostics.Add(new VocabularyDiagnostic("no-files", VocabularyDiagnostic.Error, "The vocabulary directory holds no *.ttl file."));
        }
        else if (result.Snapshot.Schemes.Count == 0 && !result.HasErrors)
        {
            diagnostics.Add(new VocabularyDiagnostic("no-scheme", VocabularyDiagnostic.Error, "No skos:ConceptScheme found in the vocabulary's Turtle files."));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            throw new VocabularyLoadException(directory, diagnostics);
        }

        var snapshot = result.Snapshot;
        return new ServedVocabulary(snapshot, directory, time.GetUtcNow(), diagnostics, translationOptions);
    }

    private static VocabularyDiagnostic Diagnostic(string directory, LintDiagnostic diagnostic) => new(
        diagnostic.Rule.Id,
        diagnostic.IsError ? VocabularyDiagnostic.Error : VocabularyDiagnostic.Warning,
        $"{diagnostic.Rule.Name}: {diagnostic.Message}",
        diagnostic.Location is { } location ? Path.GetRelativePath(directory, location.File).Replace('\\', '/') : null,
        diagnostic.Location?.Line ?? 0,
        diagnostic.Location?.Column ?? 0);
}
