using System.Globalization;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

/// <summary>
/// A document of tens of thousands of triples is loaded on two threads (the reader queues batches, another thread adds
/// them, after the first 16 384 triples were added on the reader's thread):
/// the graph must be the one the reader's triples make, in the same order, with the same sources, whatever falls on
/// a batch boundary.
/// </summary>
public sealed class RdfGraphLargeDocumentLoadTests
{
    private const string Options = "large.ttl";

    [Fact]
    public void Load_DocumentOfManyBatches_SameTriplesOrderAndSourcesAsTheReaderEmits()
    {
        var document = Document(subjects: 6000, errorAfter: null);
        var (expected, positions) = ReadDirectly(document);

        var graph = new RdfGraph();
        graph.Load(new MemoryStream(document), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = Options }, trackSources: true);

        var distinct = expected.Distinct().ToList();
        distinct.Count.Should().BeLessThan(expected.Count, "the document repeats triples, also across batches");
        graph.Triples.Should().Equal(distinct);
        foreach (var (triple, index) in expected.Select((t, i) => (t, i)).DistinctBy(p => p.t))
        {
            graph.SourceOf(triple).Should().Be(new TripleSource(Options, positions[index]), "a triple's source is where it was first written");
        }

        graph.Namespaces.Should().Contain(new KeyValuePair<string, string>("late", "http://late.example/"));
        graph.Match(new Iri("http://ex.org/s0"), new Iri("http://ex.org/label")).Select(t => ((Literal)t.Object).Language)
            .Should().Contain("nl-BE", "a language tag keeps its spelling");
    }

    [Fact]
    public void Load_SyntaxErrorAfterManyBatches_ThrowsAtItsLineAndKeepsTheTriplesBeforeIt()
    {
        var document = Document(subjects: 6000, errorAfter: 5000);
        var (expected, _) = ReadDirectly(document);

        var graph = new RdfGraph();
        var act = () => graph.Load(new MemoryStream(document), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = Options }, trackSources: true);

        act.Should().Throw<RdfSyntaxException>().Which.Message.Should().StartWith($"{Options}:{ErrorLine(document)}:");
        expected.Should().HaveCountGreaterThan(16 * 1024 + (3 * ReaderEvents.Capacity), "the error comes after the reader handed batches to the other thread");
        graph.Triples.Should().Equal(expected.Distinct());
    }

    [Fact]
    public void Load_TwoLargeDocumentsSharingBlankLabels_NodesStayDistinct()
    {
        var document = Document(subjects: 3000, errorAfter: null);
        var graph = new RdfGraph();

        graph.Load(new MemoryStream(document), RdfSyntax.Turtle);
        var once = graph.Count;
        graph.Load(new MemoryStream(document), RdfSyntax.Turtle);

        var blankTriples = graph.Triples.Count(t => t.Subject is BlankNode || t.Object is BlankNode);
        blankTriples.Should().BeGreaterThan(0);
        graph.Count.Should().Be(once + (blankTriples / 2), "the second document's blank nodes are new nodes, its other triples are already there");
    }

    [Fact]
    public void BuildIndexes_LargeGraph_EveryPatternMatchesWhatTheTriplesSay()
    {
        // Past 65 536 triples the three indexes and the subjects' property lists are built on two threads.
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Document(subjects: 8000, errorAfter: null)), RdfSyntax.Turtle);
        graph.Count.Should().BeGreaterThan(1 << 16);
        var triples = graph.Triples.ToList();

        graph.BuildIndexes();

        var label = new Iri("http://ex.org/label");
        var subject = new Iri("http://ex.org/s4321");
        var @object = new Iri("http://ex.org/s1000");
        graph.Match(predicate: label).Should().BeEquivalentTo(triples.Where(t => t.Predicate.Equals(label)));
        graph.Match(subject).Should().BeEquivalentTo(triples.Where(t => t.Subject.Equals(subject)));
        graph.Match(null, null, @object).Should().BeEquivalentTo(triples.Where(t => t.Object.Equals(@object)));
        var properties = graph.PropertiesOf(subject);
        Enumerable.Range(0, properties.Count).Select(i => new Triple(subject, properties.Predicate(i), properties.Object(i)))
            .Should().Equal(triples.Where(t => t.Subject.Equals(subject)), "a subject's properties come in the order they were added");
    }

    [Fact]
    public void BuildIndexes_SomeOfThem_BuildsOnlyThoseAndTheOthersOnFirstUse()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Document(subjects: 8000, errorAfter: null)), RdfSyntax.Turtle);
        var triples = graph.Triples.ToList();

        graph.BuildIndexes(GraphIndexes.PredicateObjectSubject | GraphIndexes.SubjectProperties);

        graph.BuiltIndexes.Should().Be(GraphIndexes.PredicateObjectSubject | GraphIndexes.SubjectProperties);
        var subject = new Iri("http://ex.org/s4321");
        graph.Match(subject).Should().BeEquivalentTo(triples.Where(t => t.Subject.Equals(subject)));
        graph.BuiltIndexes.Should().Be(GraphIndexes.All & ~GraphIndexes.ObjectSubjectPredicate, "a subject pattern builds the SPO index when first asked");
        var @object = new Iri("http://ex.org/s1000");
        graph.Match(null, null, @object).Should().BeEquivalentTo(triples.Where(t => t.Object.Equals(@object)));
        graph.BuiltIndexes.Should().Be(GraphIndexes.All);
    }

    [Fact]
    public void Match_ManyThreadsAtOnceBeforeAnyIndexIsBuilt_EachGetsWhatTheTriplesSay()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Document(subjects: 8000, errorAfter: null)), RdfSyntax.Turtle);
        var triples = graph.Triples.ToList();
        var subjects = Enumerable.Range(0, 8).Select(i => new Iri($"http://ex.org/s{i * 999}")).ToArray();
        graph.BuiltIndexes.Should().Be(GraphIndexes.None);

        // Threads of their own (not the pool's), released together, each asking for all three kinds of index first.
        using var start = new Barrier(subjects.Length);
        var answers = new (Iri Subject, List<Triple> Matched, List<Triple> Objects, int Properties)[subjects.Length];
        var threads = subjects.Select((subject, i) => new Thread(() =>
        {
            start.SignalAndWait();
            var properties = graph.PropertiesOf(subject);
            answers[i] = (subject, graph.Match(subject).ToList(), graph.Match(null, null, subject).ToList(), properties.Count);
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        foreach (var (subject, matched, objects, properties) in answers)
        {
            matched.Should().BeEquivalentTo(triples.Where(t => t.Subject.Equals(subject)));
            objects.Should().BeEquivalentTo(triples.Where(t => t.Object.Equals(subject)));
            properties.Should().Be(matched.Count);
        }
    }

    // Subjects with language-tagged, typed and plain literals, labelled and anonymous blank nodes, a prefix declared
    // half-way, a 120 KB literal near the end, and every 97th subject repeating a triple written long before (in an
    // earlier batch).
    private static byte[] Document(int subjects, int? errorAfter)
    {
        var text = new StringBuilder("@prefix ex: <http://ex.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
        for (var i = 0; i < subjects; i++)
        {
            if (i == subjects / 2)
            {
                text.Append("@prefix late: <http://late.example/> .\n");
            }

            if (errorAfter == i)
            {
                text.Append("ex:broken ex:p .\n");
            }

            var s = i.ToString(CultureInfo.InvariantCulture);
            text.Append($"ex:s{s} ex:label \"label {s}\"@nl-BE , \"Label {s}\"@EN ;\n")
                .Append($"    ex:code \"{s}\"^^xsd:string , \"{s}\" , {s} , \"{s}\"^^xsd:integer ;\n")
                .Append($"    ex:part _:b{i % 50} , [ ex:value \"v{s}\" ] ;\n")
                .Append($"    ex:next ex:s{i + 1}")
                .Append(i >= subjects / 2 ? $" ;\n    late:seen ex:s{i / 3}" : string.Empty)
                .Append(" .\n");
            if (i == subjects - 10)
            {
                // Longer than a batch's byte array: the batch grows for it.
                text.Append($"ex:s{i} ex:long \"{new string('é', 60_000)}\" .\n");
            }

            if (i % 97 == 96)
            {
                text.Append($"ex:s{i / 7} ex:label \"label {i / 7}\"@nl-BE .\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static int ErrorLine(byte[] document) =>
        Encoding.UTF8.GetString(document).Split('\n').ToList().FindIndex(l => l.StartsWith("ex:broken", StringComparison.Ordinal)) + 1;

    private static (List<Triple> Triples, List<TriplePosition> Positions) ReadDirectly(byte[] document)
    {
        var collector = new TripleCollector();
        try
        {
            new TurtleReader(new RdfReaderOptions { SourceName = Options }).Read(new MemoryStream(document), collector);
        }
        catch (RdfSyntaxException)
        {
            // The triples before the error are what a graph keeps.
        }

        return (collector.Triples, collector.Positions);
    }
}
