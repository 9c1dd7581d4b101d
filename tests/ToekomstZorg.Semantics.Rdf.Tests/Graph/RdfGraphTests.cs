using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

public sealed class RdfGraphTests
{
    private static readonly Iri S1 = new("http://ex.org/s1");
    private static readonly Iri S2 = new("http://ex.org/s2");
    private static readonly Iri P1 = new("http://ex.org/p1");
    private static readonly Iri P2 = new("http://ex.org/p2");

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 5)]
    [InlineData(3000, 1500)]
    [InlineData(100_000, 100_000)]
    public void EnsureCapacity_AnyHintBeforeOrBetweenLoads_SameTriplesSourcesAndLookups(int triples, int terms)
    {
        var text = new StringBuilder("@prefix ex: <http://ex.org/> .\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"ex:s{i} ex:p ex:o{i % 7} ; ex:q \"{i}\" .\n");
        }

        RdfGraph Load(bool hinted)
        {
            var graph = new RdfGraph();
            if (hinted)
            {
                graph.EnsureCapacity(triples, terms);
            }

            graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = "a.ttl" }, trackSources: true);
            if (hinted)
            {
                graph.EnsureCapacity(2 * triples, 2 * terms); // growing a loaded graph keeps what it holds
            }

            graph.Load(new MemoryStream(Encoding.UTF8.GetBytes("<http://ex.org/s1> <http://ex.org/p> <http://ex.org/extra> .")), RdfSyntax.NTriples, new RdfReaderOptions { SourceName = "b.nt" }, trackSources: true);
            return graph;
        }

        var (plain, sized) = (Load(hinted: false), Load(hinted: true));

        sized.Count.Should().Be(plain.Count).And.Be(4001);
        sized.Triples.Should().Equal(plain.Triples);
        sized.Contains(new Triple(new Iri("http://ex.org/s1999"), new Iri("http://ex.org/q"), new Literal("1999"))).Should().BeTrue();
        var extra = new Triple(new Iri("http://ex.org/s1"), new Iri("http://ex.org/p"), new Iri("http://ex.org/extra"));
        sized.SourceOf(extra)!.Value.SourceName.Should().Be("b.nt");
        sized.SourceOf(plain.Triples.First())!.Value.Should().Be(plain.SourceOf(plain.Triples.First())!.Value);
    }

    [Fact]
    public void Add_NewTriple_ReturnsTrueAndCounts()
    {
        var graph = new RdfGraph();

        var added = graph.Add(S1, P1, new Literal("x"));

        added.Should().BeTrue();
        graph.Count.Should().Be(1);
        graph.Triples.Should().ContainSingle().Which.Should().Be(new Triple(S1, P1, new Literal("x")));
    }

    [Fact]
    public void Add_SameTripleTwice_SecondReturnsFalse()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);

        var again = graph.Add(new Triple(new Iri("http://ex.org/s1"), new Iri("http://ex.org/p1"), new Iri("http://ex.org/s2")));

        again.Should().BeFalse();
        graph.Count.Should().Be(1);
    }

    [Fact]
    public void Add_LiteralSubject_Throws()
    {
        var graph = new RdfGraph();

        var act = () => graph.Add(new Literal("x"), P1, S1);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Add_ExplicitXsdString_IsTheSameTermAsPlainLiteral()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, new Literal("x", Vocab.XsdString));

        var added = graph.Add(S1, P1, new Literal("x"));

        added.Should().BeFalse();
    }

    [Fact]
    public void Contains_LanguageTagInOtherCase_True()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, new Literal("zorg", language: "nl-BE"));

        graph.Contains(new Triple(S1, P1, new Literal("zorg", language: "NL-be"))).Should().BeTrue();
        graph.Contains(new Triple(S1, P1, new Literal("zorg", language: "nl"))).Should().BeFalse();
    }

    [Fact]
    public void Contains_SameTextDifferentKinds_Distinguished()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, new Literal("http://ex.org/s2"));

        graph.Contains(new Triple(S1, P1, S2)).Should().BeFalse();
        graph.Contains(new Triple(S1, P1, new Literal("http://ex.org/s2", new Iri("http://ex.org/dt")))).Should().BeFalse();
        graph.Contains(new Triple(S1, P1, new BlankNode("x"))).Should().BeFalse();
    }

    [Fact]
    public void Remove_PresentTriple_NoLongerMatched()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);
        graph.Add(S1, P2, S2);
        graph.Match(S1).Should().HaveCount(2);

        var removed = graph.Remove(new Triple(S1, P1, S2));

        removed.Should().BeTrue();
        graph.Count.Should().Be(1);
        graph.Contains(new Triple(S1, P1, S2)).Should().BeFalse();
        graph.Match(S1).Should().ContainSingle().Which.Predicate.Should().Be(P2);
        graph.Match(null, null, S2).Should().ContainSingle();
    }

    [Fact]
    public void Remove_AbsentTriple_ReturnsFalse()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);

        graph.Remove(new Triple(S2, P1, S1)).Should().BeFalse();
        graph.Remove(new Triple(new Iri("http://never.seen/"), P1, S1)).Should().BeFalse();
        graph.Count.Should().Be(1);
    }

    [Fact]
    public void Remove_ThenAddAgain_CountsOnce()
    {
        var graph = new RdfGraph();
        var triple = new Triple(S1, P1, S2);
        graph.Add(triple);
        graph.Remove(triple);

        graph.Add(triple).Should().BeTrue();

        graph.Count.Should().Be(1);
        graph.Triples.Should().Equal(triple);
    }

    [Fact]
    public void Remove_MostOfALargeGraph_KeepsTheRestInOrder()
    {
        var graph = new RdfGraph();
        var triples = Enumerable.Range(0, 5000).Select(i => new Triple(S1, P1, new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        foreach (var t in triples)
        {
            graph.Add(t);
        }

        foreach (var t in triples.Where((_, i) => i % 10 != 0))
        {
            graph.Remove(t).Should().BeTrue();
        }

        var kept = triples.Where((_, i) => i % 10 == 0).ToList();
        graph.Count.Should().Be(kept.Count);
        graph.Triples.Should().Equal(kept);
        graph.Match(S1, P1).Should().BeEquivalentTo(kept);
        kept.Should().OnlyContain(t => graph.Contains(t));
    }

    [Fact]
    public void Match_UnknownTerm_Empty()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);

        graph.Match(new Iri("http://ex.org/unknown")).Should().BeEmpty();
        graph.Match(null, new Iri("http://ex.org/unknown")).Should().BeEmpty();
        graph.Match(null, null, new Literal("unknown")).Should().BeEmpty();
    }

    [Fact]
    public void Match_AfterAdd_SeesTheNewTriple()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);
        graph.Match(null, P1).Should().HaveCount(1);

        graph.Add(S2, P1, S1);

        graph.Match(null, P1).Should().HaveCount(2);
        graph.Match(null, null, S1).Should().ContainSingle();
    }

    [Fact]
    public void Triples_GraphChangedWhileEnumerating_Throws()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);
        graph.Add(S2, P1, S1);

        var act = () =>
        {
            foreach (var t in graph.Triples)
            {
                graph.Add(S1, P2, new Literal(t.ToString()));
            }
        };

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Prefix_SameNameDeclaredTwice_LastIriWinsInFirstPosition()
    {
        ITripleSink graph = new RdfGraph();

        graph.Prefix("ex"u8, "http://ex.org/1#"u8);
        graph.Prefix("skos"u8, "http://www.w3.org/2004/02/skos/core#"u8);
        graph.Prefix("ex"u8, "http://ex.org/2#"u8);

        ((RdfGraph)graph).Namespaces.Should().Equal(
            new KeyValuePair<string, string>("ex", "http://ex.org/2#"),
            new KeyValuePair<string, string>("skos", "http://www.w3.org/2004/02/skos/core#"));
    }

    [Fact]
    public void Triple_SinkReceivesSameTermsTwice_StoresOnce()
    {
        var graph = new RdfGraph();
        ITripleSink sink = graph;

        for (var i = 0; i < 2; i++)
        {
            sink.Triple(
                new TermRef(RdfTermKind.Iri, "http://ex.org/s1"u8),
                new TermRef(RdfTermKind.Iri, "http://ex.org/p1"u8),
                new TermRef(RdfTermKind.Literal, "zorg"u8, language: "nl-BE"u8),
                default);
        }

        graph.Count.Should().Be(1);
        var literal = (Literal)graph.Triples.Single().Object;
        literal.Language.Should().Be("nl-BE", "the tag is kept as first written");
    }

    [Fact]
    public void LoadSink_TwoDocumentsWithSameBlankLabel_TwoDistinctNodes()
    {
        var graph = new RdfGraph();

        foreach (var document in new[] { "one", "two" })
        {
            var sink = new GraphLoadSink(graph, document, trackSources: false);
            sink.Triple(
                new TermRef(RdfTermKind.BlankNode, "b0"u8),
                new TermRef(RdfTermKind.Iri, "http://ex.org/p1"u8),
                new TermRef(RdfTermKind.Literal, Encoding.UTF8.GetBytes(document)),
                default);
            sink.Triple(
                new TermRef(RdfTermKind.Iri, "http://ex.org/s1"u8),
                new TermRef(RdfTermKind.Iri, "http://ex.org/p2"u8),
                new TermRef(RdfTermKind.BlankNode, "b0"u8),
                default);
        }

        graph.Count.Should().Be(4);
        var blanks = graph.Match(S1, P2).Select(t => t.Object).ToList();
        blanks.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        blanks.Select(b => graph.Match(b, P1).Single().Object).Should().BeEquivalentTo(new[] { new Literal("one"), new Literal("two") });
    }

    [Fact]
    public void LoadSink_TrackingOn_SourceOfGivesFirstPosition()
    {
        var graph = new RdfGraph();
        var first = new TriplePosition(new TextPosition(3, 1, 40), new TextPosition(3, 20, 59));
        var second = new TriplePosition(new TextPosition(9, 1, 140), new TextPosition(9, 20, 159));
        var sink = new GraphLoadSink(graph, "vocab/kern.ttl", trackSources: true);

        sink.Triple(new TermRef(RdfTermKind.Iri, "http://ex.org/s1"u8), new TermRef(RdfTermKind.Iri, "http://ex.org/p1"u8), new TermRef(RdfTermKind.Literal, "x"u8), first);
        sink.Triple(new TermRef(RdfTermKind.Iri, "http://ex.org/s1"u8), new TermRef(RdfTermKind.Iri, "http://ex.org/p1"u8), new TermRef(RdfTermKind.Literal, "x"u8), second);

        graph.SourceOf(new Triple(S1, P1, new Literal("x"))).Should().Be(new TripleSource("vocab/kern.ttl", first));
        graph.SourceOf(new Triple(S1, P1, new Literal("y"))).Should().BeNull();
    }

    [Fact]
    public void SourceOf_AfterCompaction_StillPointsAtTheRightTriple()
    {
        var graph = new RdfGraph();
        var sink = new GraphLoadSink(graph, "doc", trackSources: true);
        for (var i = 0; i < 3000; i++)
        {
            var position = new TriplePosition(new TextPosition(i + 1, 1, i * 10), new TextPosition(i + 1, 5, (i * 10) + 4));
            sink.Triple(new TermRef(RdfTermKind.Iri, "http://ex.org/s1"u8), new TermRef(RdfTermKind.Iri, "http://ex.org/p1"u8), new TermRef(RdfTermKind.Literal, Encoding.UTF8.GetBytes($"v{i}")), position);
        }

        for (var i = 0; i < 2900; i++)
        {
            graph.Remove(new Triple(S1, P1, new Literal($"v{i}")));
        }

        graph.SourceOf(new Triple(S1, P1, new Literal("v2950")))!.Value.Position.Subject.Line.Should().Be(2951);
        graph.SourceOf(new Triple(S1, P1, new Literal("v10"))).Should().BeNull();
    }

    [Fact]
    public void SourceOf_GraphBuiltThroughApi_Null()
    {
        var graph = new RdfGraph();
        graph.Add(S1, P1, S2);

        graph.SourceOf(new Triple(S1, P1, S2)).Should().BeNull();
    }

    [Fact]
    public void Match_ConcurrentReadersOnUnchangingGraph_AllSeeTheSameTriples()
    {
        var graph = new RdfGraph();
        for (var i = 0; i < 2000; i++)
        {
            graph.Add(new Iri($"http://ex.org/s{i % 50}"), P1, new Literal($"value {i}", new Iri($"http://ex.org/dt{i % 3}")));
        }

        graph.BuildIndexes();

        var counts = new int[8];
        Parallel.For(0, 400, i =>
        {
            var subject = new Iri($"http://ex.org/s{i % 50}");
            var found = graph.Match(subject, P1).Count(t => graph.Contains(t) && graph.Match(null, null, t.Object).Single().Equals(t));
            Interlocked.Add(ref counts[i % 8], found);
        });

        counts.Sum().Should().Be(400 * 40);
    }
}
