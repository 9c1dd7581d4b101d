using ToekomstZorg.Semantics.Fhir.Vocabulary;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>Loads a vocabulary folder (Turtle syntax errors stop the command) for the FHIR commands.</summary>
internal sealed class SkosDirectoryVocabularyLoader(CliConsole console) : IFhirVocabularyLoader
{
    public FhirVocabulary Load(string directory)
    {
        var snapshot = VocabularySnapshots.Load(directory, console.Error);
        return new FhirVocabulary(new SnapshotCodingTranslator(snapshot), snapshot);
    }
}
