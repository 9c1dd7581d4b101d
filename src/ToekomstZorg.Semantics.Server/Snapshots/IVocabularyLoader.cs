namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>Loads and lints a vocabulary directory into a servable snapshot.</summary>
public interface IVocabularyLoader
{
    /// <summary>Loads every Turtle file under <paramref name="directory"/>.</summary>
    /// <exception cref="VocabularyLoadException">A file does not parse or the vocabulary does not lint clean.</exception>
    ServedVocabulary Load(string directory);
}
