using ToekomstZorg.Semantics.Fhir.Skos;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>Loads the vocabulary directory's Turtle files with <see cref="SkosGraphVocabulary"/>.</summary>
internal sealed class SkosDirectoryVocabularyLoader : IFhirVocabularyLoader
{
    public FhirVocabulary Load(string directory)
    {
        var vocabulary = SkosGraphVocabulary.LoadDirectory(directory);
        if (vocabulary.Export.Schemes.Count == 0)
        {
            throw new CliInputException($"{directory}: no skos:ConceptScheme found in its Turtle files");
        }

        return new FhirVocabulary(vocabulary, vocabulary.Export);
    }
}
