using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

/// <summary>Our reader against serdi, an independent implementation, on documents the W3C suite does not hold.</summary>
public sealed class TurtleReaderCrossCheckTests
{
    // Not "<../c/./d>": serdi (and rdflib) keep a "./" inside a merged path, where RFC 3986 §5.2.4 and
    // raptor remove it; IriResolverTests hold our side of that against the RFC's own examples.
    private const string Tricky = """
        @prefix : <http://example.org/ns#> .
        @base <http://example.org/a/b/> .
        <../c/d> :p ( 1 2.0 3e0 ( ) [ :q "x"@nl-BE ] ( "nested" _:shared ) ) .
        _:shared :r [ :s [ :t '''long
        string with "quotes" and \u00e9 and \U0001F600''' ] ; :u true , -5 , .5 ] .
        [] :v :a\~b , :c.d , :%41 , <?q#f> , <//host/x> .
        :x :y :z ; ; :w "\t\"\\" ; .
        """;

    [Fact]
    public void Read_TrickyDocument_IsIsomorphicToSerdi()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tzsem-rdf-tests-tricky-{Environment.ProcessId}.ttl");
        File.WriteAllText(path, Tricky, new UTF8Encoding(false));
        try
        {
            AssertSameAsSerdi(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_GeneratedSkosVocabulary_IsIsomorphicToSerdi()
    {
        var path = Serdi.GenerateSkos(500);
        try
        {
            AssertSameAsSerdi(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_RepositoryVocabularyFiles_AreIsomorphicToSerdi()
    {
        var vocab = Path.Combine(RepositoryPaths.Root, "vocab");
        var files = Directory.Exists(vocab) ? Directory.GetFiles(vocab, "*.ttl", SearchOption.AllDirectories) : [];

        foreach (var file in files)
        {
            AssertSameAsSerdi(file);
        }
    }

    private static void AssertSameAsSerdi(string path)
    {
        var baseIri = new Uri(path).AbsoluteUri;
        var ours = Parse.Turtle(File.ReadAllBytes(path), baseIri);
        var theirs = Parse.NTriples(Serdi.TurtleToNTriples(path, baseIri));

        ours.Triples.Should().NotBeEmpty();
        GraphIsomorphism.AreIsomorphic(ours.Triples, theirs.Triples).Should().BeTrue(
            "{0}: ours\n{1}\nserdi\n{2}", path, string.Join('\n', ours.Lines().Take(60)), string.Join('\n', theirs.Lines().Take(60)));
    }
}
