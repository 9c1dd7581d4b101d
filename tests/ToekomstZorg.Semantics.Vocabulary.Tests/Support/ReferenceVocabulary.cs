namespace ToekomstZorg.Semantics.Vocabulary.Tests.Support;

/// <summary>
/// The good fixture vocabulary plus the reference schemes made for the tests (TestData/reference: a CD-HCPARTY-like
/// code list keyed by skos:notation and a thesaurus with tz:codeNamespace) under reference/, and the house-to-reference
/// mappings under mappings/.
/// </summary>
public static class ReferenceVocabulary
{
    public static string TestDataRoot => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static FixtureVocabulary Create()
    {
        var vocabulary = new FixtureVocabulary();
        AddReference(vocabulary, Path.Combine(TestDataRoot, "reference", "hcparty.ttl"));
        AddReference(vocabulary, Path.Combine(TestDataRoot, "reference", "care-thesaurus.ttl"));
        Directory.CreateDirectory(vocabulary.PathOf("mappings"));
        File.Copy(Path.Combine(TestDataRoot, "reference", "mappings-reference.ttl"), vocabulary.PathOf(Path.Combine("mappings", "reference.ttl")));
        return vocabulary;
    }

    /// <summary>Copies a file into the vocabulary's reference/ folder (keeping its name).</summary>
    public static void AddReference(FixtureVocabulary vocabulary, string file)
    {
        Directory.CreateDirectory(Path.Combine(vocabulary.Directory, "reference"));
        File.Copy(file, Path.Combine(vocabulary.Directory, "reference", Path.GetFileName(file)));
    }
}
