using FsCheck.Xunit;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.Support;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

/// <summary>
/// The git-friendliness promise as properties over random vocabularies: adding or removing one triple of a
/// subject that stays in the graph is exactly one added or removed line. (Typing a subject with one of
/// the leading types, such as skos:ConceptScheme, moves its block to the top by design, so the generator
/// uses no leading types. Likewise the first use of a namespace adds its @prefix line and the last use
/// removes it, so the prefix header is left out of the comparison.)
/// </summary>
public sealed class TurtleWriterDiffTests
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Ex = "https://example.org/vocab/kern/";

    private static readonly Iri[] Predicates =
        [Vocab.RdfType, new(Skos + "prefLabel"), new(Skos + "altLabel"), new(Skos + "broader"), new(Ex + "extra")];

    [Property(MaxTest = 150)]
    public bool Write_OneTripleAddedToExistingSubject_OneAddedLine(byte[] codes, byte extra)
    {
        var graph = Build(codes);
        var triple = Decode(extra);
        if (graph.Contains(triple) || !graph.Match(triple.Subject).Any())
        {
            return true;
        }

        var before = new TurtleWriter().WriteToString(graph);
        graph.Add(triple);
        var after = new TurtleWriter().WriteToString(graph);

        return LineDiff.Count(Body(before), Body(after)) == (0, 1);
    }

    [Property(MaxTest = 150)]
    public bool Write_OneTripleRemovedFromSubjectThatKeepsOthers_OneRemovedLine(byte[] codes, byte pick)
    {
        var graph = Build(codes);
        if (graph.Count == 0)
        {
            return true;
        }

        var triple = graph.Triples.ElementAt(pick % graph.Count);
        if (graph.Match(triple.Subject).Count() < 2)
        {
            return true;
        }

        var before = new TurtleWriter().WriteToString(graph);
        graph.Remove(triple);
        var after = new TurtleWriter().WriteToString(graph);

        return LineDiff.Count(Body(before), Body(after)) == (1, 0);
    }

    private static string Body(string turtle) =>
        string.Join('\n', turtle.Split('\n').Where(l => !l.StartsWith("@prefix", StringComparison.Ordinal)));

    private static RdfGraph Build(byte[] codes)
    {
        var graph = new RdfGraph();
        graph.SetNamespace("skos", Skos);
        graph.SetNamespace("kern", Ex);
        foreach (var code in codes)
        {
            graph.Add(Decode(code));
        }

        return graph;
    }

    private static Triple Decode(byte code)
    {
        var subject = new Iri(Ex + "c" + (code % 7));
        var predicate = Predicates[(code / 7) % Predicates.Length];
        var value = code / 35;
        RdfTerm @object = predicate.Equals(Vocab.RdfType) ? new Iri(value % 2 == 0 ? Skos + "Concept" : Ex + "Sector")
            : predicate.Value.EndsWith("broader", StringComparison.Ordinal) ? new Iri(Ex + "c" + value)
            : value % 3 == 0 ? new Literal("label " + value, language: value % 2 == 0 ? "nl" : "en")
            : new Literal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.XsdInteger);
        return new Triple(subject, predicate, @object);
    }
}
