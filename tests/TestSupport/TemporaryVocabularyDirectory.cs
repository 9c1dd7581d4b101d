namespace ToekomstZorg.Semantics.TestSupport;

/// <summary>
/// A vocabulary directory in the layout of VOCAB-DESIGN.md (scheme files at the top, <c>mappings/</c> below) in a fresh
/// temporary directory, deleted on dispose. Turtle files are written with the vocabulary's prefixes. What goes in it
/// (schemes, concepts, mappings) is each test project's own fixture.
/// </summary>
internal sealed class TemporaryVocabularyDirectory : IDisposable
{
    /// <summary>The prefixes every vocabulary file declares, ending in an empty line.</summary>
    public const string Prefixes = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix dct:  <http://purl.org/dc/terms/> .
        @prefix owl:  <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
        @prefix tz:   <https://w3id.org/toekomstzorg/def#> .
        @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
        @prefix ggz:  <https://w3id.org/toekomstzorg/ggz/> .
        @prefix vaph: <https://w3id.org/toekomstzorg/vaph/> .

        """;

    /// <summary>Creates an empty temporary directory whose name starts with <paramref name="namePrefix"/>.</summary>
    public TemporaryVocabularyDirectory(string namePrefix) => Path = Directory.CreateTempSubdirectory(namePrefix).FullName;

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>Writes a Turtle file of the vocabulary (the prefixes are added), creating its folder if needed.</summary>
    public void Write(string name, string turtle)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Prefixes + turtle);
    }

    /// <summary>Writes a file verbatim (no prefixes added).</summary>
    public void WriteRaw(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

    /// <summary>Deletes the directory; a file still held open elsewhere leaves it for the system's temporary-file cleanup.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
