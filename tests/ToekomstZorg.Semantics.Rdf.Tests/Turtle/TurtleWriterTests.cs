using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.Support;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

public sealed class TurtleWriterTests
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Kern = "https://example.org/vocab/kern/";

    [Fact]
    public void Write_SmallVocabulary_CuratorLayout()
    {
        var graph = SmallVocabulary();

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Be(""""
            @prefix kern: <https://example.org/vocab/kern/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

            kern:scheme
                a skos:ConceptScheme ;
                skos:prefLabel "Kern"@nl ;
                .

            kern:c2
                a skos:Concept ;
                skos:prefLabel "outreach"@nl ;
                skos:altLabel "mobiel team"@nl ;
                skos:altLabel "outreachend werken"@nl ;
                skos:inScheme kern:scheme ;
                skos:broader kern:c10 ;
                .

            kern:c10
                a skos:Concept ;
                skos:prefLabel "zorgcoördinatie"@nl ;
                skos:definition """Afstemming van zorg
            rond één persoon."""@nl ;
                skos:inScheme kern:scheme ;
                .

            """".Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SameGraphBuiltInAnotherOrder_ByteIdentical()
    {
        var graph = SmallVocabulary();
        var reversed = new RdfGraph();
        foreach (var ns in graph.Namespaces.Reverse())
        {
            reversed.SetNamespace(ns.Key, ns.Value);
        }

        foreach (var triple in graph.Triples.Reverse())
        {
            reversed.Add(triple);
        }

        var writer = new TurtleWriter();
        writer.WriteToString(reversed).Should().Be(writer.WriteToString(graph));
    }

    [Fact]
    public void Write_OneTripleAdded_OneLineDiff()
    {
        var graph = SmallVocabulary();
        var before = new TurtleWriter().WriteToString(graph);

        graph.Add(new Iri(Kern + "c2"), new Iri(Skos + "altLabel"), new Literal("aaa eerst", language: "nl"));
        var after = new TurtleWriter().WriteToString(graph);

        LineDiff.Count(before, after).Should().Be((0, 1));
    }

    [Fact]
    public void Write_OneTripleRemoved_OneLineDiff()
    {
        var graph = SmallVocabulary();
        var before = new TurtleWriter().WriteToString(graph);

        graph.Remove(new Triple(new Iri(Kern + "c2"), new Iri(Skos + "altLabel"), new Literal("mobiel team", language: "nl")));
        var after = new TurtleWriter().WriteToString(graph);

        LineDiff.Count(before, after).Should().Be((1, 0));
    }

    [Fact]
    public void Write_OneObjectChanged_OneLineReplaced()
    {
        var graph = SmallVocabulary();
        var before = new TurtleWriter().WriteToString(graph);

        graph.Remove(new Triple(new Iri(Kern + "c2"), new Iri(Skos + "prefLabel"), new Literal("outreach", language: "nl")));
        graph.Add(new Iri(Kern + "c2"), new Iri(Skos + "prefLabel"), new Literal("outreach (mobiel)", language: "nl"));
        var after = new TurtleWriter().WriteToString(graph);

        LineDiff.Count(before, after).Should().Be((1, 1));
    }

    [Fact]
    public void Write_ObjectListsOption_CommaSeparatedObjects()
    {
        var graph = SmallVocabulary();

        var text = new TurtleWriter(new TurtleWriterOptions { ObjectLists = true }).WriteToString(graph);

        text.Should().Contain("""
                skos:prefLabel "outreach"@nl ;
                skos:altLabel "mobiel team"@nl ,
                    "outreachend werken"@nl ;
                skos:inScheme kern:scheme ;

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_UnusedNamespace_NoPrefixLine()
    {
        var graph = new RdfGraph();
        graph.SetNamespace("dct", "http://purl.org/dc/terms/");
        graph.SetNamespace("ex", "http://ex.org/");
        graph.Add(new Iri("http://ex.org/a"), new Iri("http://ex.org/p"), new Literal("x"));

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().StartWith("@prefix ex: <http://ex.org/> .\n\nex:a\n").And.NotContain("dct");
    }

    [Fact]
    public void Write_LocalPartNotAValidName_FullIri()
    {
        var graph = new RdfGraph();
        graph.SetNamespace("ex", "http://ex.org/");
        graph.Add(new Iri("http://ex.org/a/b"), new Iri("http://ex.org/p"), new Iri("http://ex.org/ends."));
        graph.Add(new Iri("http://ex.org/a/b"), new Iri("http://ex.org/p"), new Iri("http://ex.org/x%20y"));
        graph.Add(new Iri("http://ex.org/a/b"), new Iri("http://ex.org/p"), new Iri("http://ex.org/-dash"));
        graph.Add(new Iri("http://ex.org/a/b"), new Iri("http://ex.org/p"), new Iri("http://ex.org/"));

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Contain("<http://ex.org/a/b>\n")
            .And.Contain(" <http://ex.org/ends.> ;")
            .And.Contain(" ex:x%20y ;")
            .And.Contain(" <http://ex.org/-dash> ;")
            .And.Contain(" ex: ;");
    }

    [Fact]
    public void Write_NumbersAndBooleans_ShorthandOnlyForExactTokens()
    {
        var graph = new RdfGraph();
        var s = new Iri("http://ex.org/s");
        var p = new Iri("http://ex.org/p");
        graph.Add(s, p, new Literal("042", Vocab.XsdInteger));
        graph.Add(s, p, new Literal("1.50", Vocab.XsdDecimal));
        graph.Add(s, p, new Literal("1e3", Vocab.XsdDouble));
        graph.Add(s, p, new Literal("true", Vocab.XsdBoolean));
        graph.Add(s, p, new Literal(" 7", Vocab.XsdInteger));
        graph.Add(s, p, new Literal("1", Vocab.XsdBoolean));

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Contain(" 042 ;").And.Contain(" 1.50 ;").And.Contain(" 1e3 ;").And.Contain(" true ;")
            .And.Contain(" \" 7\"^^<http://www.w3.org/2001/XMLSchema#integer> ;")
            .And.Contain(" \"1\"^^<http://www.w3.org/2001/XMLSchema#boolean> ;");
    }

    [Fact]
    public void Write_LongStringWithQuotes_EscapesOnlyWhatWouldCloseIt()
    {
        var graph = new RdfGraph();
        graph.Add(new Iri("http://ex.org/s"), new Iri("http://ex.org/p"), new Literal("zei \"ja\"\nen \"\"\" toen\r\nklaar\""));

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Contain("\"\"\"zei \"ja\"\nen \\\"\\\"\" toen\\r\nklaar\\\"\"\"\" ;");
    }

    [Fact]
    public void Write_BlankNodeUsedOnce_Inlined()
    {
        var graph = new RdfGraph();
        var note = new BlankNode("n1");
        graph.Add(new Iri("http://ex.org/s"), new Iri("http://ex.org/note"), note);
        graph.Add(note, new Iri("http://ex.org/text"), new Literal("x"));
        graph.Add(new Iri("http://ex.org/s"), new Iri("http://ex.org/empty"), new BlankNode("e"));

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Be("""
            <http://ex.org/s>
                <http://ex.org/empty> [] ;
                <http://ex.org/note> [
                    <http://ex.org/text> "x" ;
                ] ;
                .

            """);
    }

    [Fact]
    public void Write_WellFormedList_Collection()
    {
        var graph = new RdfGraph();
        graph.SetNamespace("ex", "http://ex.org/");
        var cells = new[] { new BlankNode("l1"), new BlankNode("l2"), new BlankNode("l3") };
        graph.Add(new Iri("http://ex.org/s"), new Iri("http://ex.org/list"), cells[0]);
        for (var i = 0; i < cells.Length; i++)
        {
            graph.Add(cells[i], Vocab.RdfFirst, new Literal($"item {i}"));
            graph.Add(cells[i], Vocab.RdfRest, i + 1 < cells.Length ? cells[i + 1] : Vocab.RdfNil);
        }

        graph.Add(new Iri("http://ex.org/s"), new Iri("http://ex.org/none"), Vocab.RdfNil);

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Contain("    ex:list ( \"item 0\" \"item 1\" \"item 2\" ) ;\n").And.Contain("    ex:none () ;\n").And.NotContain("rdf");
    }

    [Fact]
    public void Write_SharedAndCyclicBlankNodes_Labelled()
    {
        var graph = new RdfGraph();
        var shared = new BlankNode("shared");
        var x = new BlankNode("x");
        var y = new BlankNode("y");
        var p = new Iri("http://ex.org/p");
        graph.Add(new Iri("http://ex.org/a"), p, shared);
        graph.Add(new Iri("http://ex.org/b"), p, shared);
        graph.Add(shared, p, new Literal("s"));
        graph.Add(x, p, y);
        graph.Add(y, p, x);

        var text = new TurtleWriter().WriteToString(graph);

        text.Should().Contain("<http://ex.org/a>\n    <http://ex.org/p> _:b1 ;")
            .And.Contain("_:b1\n    <http://ex.org/p> \"s\" ;")
            .And.Contain("_:b2\n    <http://ex.org/p> [\n        <http://ex.org/p> _:b2 ;\n    ] ;\n    .");
    }

    [Fact]
    public void Write_W3CEvalResults_RdflibReadsAnIsomorphicGraph()
    {
        var dir = Directory.CreateTempSubdirectory("ttl-writer-");
        var pairs = new List<(string, string, string, string)>();
        foreach (var result in WriterTestPaths.TurtleEvalTests().Select(t => t.Result).Distinct())
        {
            var graph = new RdfGraph();
            foreach (var triple in NTriplesLines.Parse(File.ReadAllText(result)))
            {
                graph.Add(triple);
            }

            graph.SetNamespace("rdf", Vocab.Rdf);
            graph.SetNamespace("ex", "http://example.org/ex#");
            graph.SetNamespace("", "http://www.w3.org/2013/TurtleTests/");
            var output = Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(result) + ".ttl");
            using (var stream = File.Create(output))
            {
                new TurtleWriter().Write(graph, stream);
            }

            pairs.Add((output, "turtle", result, "nt"));
        }

        RdflibPeer.NonIsomorphicPairs(pairs).Should().BeEmpty();
        dir.Delete(recursive: true);
    }

    private static RdfGraph SmallVocabulary()
    {
        var graph = new RdfGraph();
        graph.SetNamespace("skos", Skos);
        graph.SetNamespace("kern", Kern);
        graph.SetNamespace("xsd", Vocab.Xsd);
        var scheme = new Iri(Kern + "scheme");
        var c2 = new Iri(Kern + "c2");
        var c10 = new Iri(Kern + "c10");
        graph.Add(c10, Vocab.RdfType, new Iri(Skos + "Concept"));
        graph.Add(c10, new Iri(Skos + "prefLabel"), new Literal("zorgcoördinatie", language: "nl"));
        graph.Add(c10, new Iri(Skos + "definition"), new Literal("Afstemming van zorg\nrond één persoon.", language: "nl"));
        graph.Add(c10, new Iri(Skos + "inScheme"), scheme);
        graph.Add(c2, new Iri(Skos + "inScheme"), scheme);
        graph.Add(c2, new Iri(Skos + "broader"), c10);
        graph.Add(c2, new Iri(Skos + "altLabel"), new Literal("outreachend werken", language: "nl"));
        graph.Add(c2, new Iri(Skos + "altLabel"), new Literal("mobiel team", language: "nl"));
        graph.Add(c2, new Iri(Skos + "prefLabel"), new Literal("outreach", language: "nl"));
        graph.Add(c2, Vocab.RdfType, new Iri(Skos + "Concept"));
        graph.Add(scheme, new Iri(Skos + "prefLabel"), new Literal("Kern", language: "nl"));
        graph.Add(scheme, Vocab.RdfType, new Iri(Skos + "ConceptScheme"));
        return graph;
    }
}
