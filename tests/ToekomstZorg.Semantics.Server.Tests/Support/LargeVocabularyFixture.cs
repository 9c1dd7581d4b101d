using System.Globalization;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>
/// A served vocabulary of <see cref="Count"/> concepts in one scheme (the scale of the README's latency figures), built
/// once. Concept <c>c{i}</c> has the preferred label <see cref="Label"/>(i), written with the syllables of i's base-13
/// digits; one more concept, <c>zorgcoordinatie</c>, is labelled "zorgcoördinatie" (no syllable holds a "c").
/// Lint is not run (the concepts have no definitions): the snapshot is served as built.
/// </summary>
public sealed class LargeVocabularyFixture : IDisposable
{
    public const int Count = 100_000;

    private static readonly string[] Syllables = ["zorg", "plan", "team", "over", "leg", "huis", "arts", "mantel", "onder", "steun", "ing", "wel", "zijn"];

    private readonly string _directory = Directory.CreateTempSubdirectory("tz-server-large-").FullName;

    public LargeVocabularyFixture()
    {
        var turtle = new StringBuilder(Count * 160);
        turtle.Append("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            <https://w3id.org/toekomstzorg/kern> a skos:ConceptScheme ; skos:notation "kern" ; skos:prefLabel "Kern"@nl .
            kern:zorgcoordinatie a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "zorgcoordinatie" ; skos:prefLabel "zorgcoördinatie"@nl .

            """);
        for (var i = 0; i < Count; i++)
        {
            turtle.Append(CultureInfo.InvariantCulture,
                $"kern:c{i} a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation \"c{i}\" ; skos:prefLabel \"{Label(i)}\"@nl .\n");
        }

        var path = Path.Combine(_directory, "kern.ttl");
        File.WriteAllText(path, turtle.ToString());
        var snapshot = VocabularySnapshot.FromGraph(RdfGraph.Load(path), "large");
        Vocabulary = new ServedVocabulary(snapshot, _directory, DateTimeOffset.UnixEpoch);
    }

    public ServedVocabulary Vocabulary { get; }

    /// <summary>The preferred label of concept <c>c{i}</c>: the syllables of its base-13 digits, at least two.</summary>
    public static string Label(int i)
    {
        var label = string.Empty;
        var digits = 0;
        for (var rest = i; rest > 0 || digits < 2; rest /= Syllables.Length, digits++)
        {
            label = Syllables[rest % Syllables.Length] + label;
        }

        return label;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
