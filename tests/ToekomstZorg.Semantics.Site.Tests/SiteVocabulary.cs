using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Site.Tests;

/// <summary>The repository's vocab/ (loaded once) and small hand-written vocabularies.</summary>
internal static class SiteVocabulary
{
    private static readonly Lazy<VocabularySnapshot> Repository = new(() =>
        VocabularyLoader.LoadDirectory(Path.Combine(RepositoryPaths.Root, "vocab")).Snapshot);

    public static VocabularySnapshot Vocab => Repository.Value;

    public static VocabularySnapshot FromTurtle(string turtle)
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(turtle)), RdfSyntax.Turtle);
        graph.BuildIndexes();
        return VocabularySnapshot.FromGraph(graph, "2026-01-01+test");
    }

    public static RdfGraph ParseTurtle(byte[] body)
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(body), RdfSyntax.Turtle);
        return graph;
    }
}
