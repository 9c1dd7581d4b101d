namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>Loads the vocabulary directory (<c>--vocab</c>) for the FHIR commands.</summary>
internal interface IFhirVocabularyLoader
{
    /// <summary>Loads <paramref name="directory"/>; throws <see cref="CliInputException"/> or an I/O error when it cannot.</summary>
    FhirVocabulary Load(string directory);
}
