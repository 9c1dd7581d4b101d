using FsCheck.Xunit;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

/// <summary>
/// <see cref="RdfGraph.PropertiesOf"/>, <see cref="RdfGraph.MatchWithSources"/> and <see cref="RdfGraph.SubjectsAndObjects"/>
/// against Match and SourceOf.
/// </summary>
public sealed class RdfGraphPropertiesTests
{
    private static readonly Iri[] Subjects = [new("http://ex.org/a"), new("http://ex.org/b"), new("http://ex.org/c")];
    private static readonly Iri[] Predicates = [new("http://ex.org/p"), new("http://ex.org/q")];

    [Property(MaxTest = 200)]
    public bool PropertiesOf_AnyAddsAndRemoves_EqualsTheSubjectsTriplesInAddedOrder(byte[] adds, byte[] removes)
    {
        var graph = new RdfGraph();
        var expected = new List<Triple>();
        foreach (var code in adds)
        {
            var triple = Decode(code);
            if (graph.Add(triple))
            {
                expected.Add(triple);
            }
        }

        foreach (var code in removes)
        {
            var triple = Decode(code);
            if (graph.Remove(triple))
            {
                expected.Remove(triple);
            }
        }

        foreach (var subject in Subjects)
        {
            var properties = graph.PropertiesOf(subject);
            var actual = Enumerable.Range(0, properties.Count).Select(i => new Triple(subject, properties.Predicate(i), properties.Object(i)));
            if (!actual.SequenceEqual(expected.Where(t => t.Subject.Equals(subject))))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void PropertiesOf_LoadedDocument_WrittenOrderWithSources()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            @prefix ex: <http://ex.org/> .
            ex:z ex:q "later" .
            ex:a ex:p ex:z , ex:b ;
                 ex:q "one"@en .
            """)), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = "doc.ttl" }, trackSources: true);

        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));

        properties.Count.Should().Be(3);
        Enumerable.Range(0, 3).Select(i => properties.Object(i)).Should().Equal(new Iri("http://ex.org/z"), new Iri("http://ex.org/b"), new Literal("one", language: "en"));
        properties.Objects(new Iri("http://ex.org/p")).Should().Equal(new Iri("http://ex.org/z"), new Iri("http://ex.org/b"));
        var source = properties.Source(2)!.Value;
        source.SourceName.Should().Be("doc.ttl");
        (source.Position.Subject.Line, source.Position.Object.Line, source.Position.Object.Column).Should().Be((3, 4, 11));
        graph.PropertiesOf(new Iri("http://ex.org/unknown")).Count.Should().Be(0);
    }

    [Fact]
    public void PropertiesOf_ReadFromManyThreadsAtOnce_GivesEveryThreadTheTermsOneThreadGets()
    {
        // A loaded graph is read concurrently (the lint's rule groups, the search index, requests): terms made on first
        // read are cached by id, and that cache grows while other threads read and write it.
        var text = new StringBuilder("@prefix ex: <http://ex.org/> .\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"ex:s{i} ex:p ex:o{i} ; ex:q \"label {i}\"@nl .\n");
        }

        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), RdfSyntax.Turtle);
        graph.BuildIndexes();
        var subjects = Enumerable.Range(0, 20_000).Select(i => new Iri($"http://ex.org/s{i}")).ToArray();

        var read = new RdfTerm[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var terms = read[thread] = new RdfTerm[subjects.Length * 2];
            // Half the threads walk up, half down, so each grows the cache while another reads its far end.
            for (var k = 0; k < subjects.Length; k++)
            {
                var n = thread % 2 == 0 ? k : subjects.Length - 1 - k;
                var properties = graph.PropertiesOf(subjects[n]);
                (terms[2 * n], terms[(2 * n) + 1]) = (properties.Object(0), properties.Object(1));
            }
        });

        for (var n = 0; n < subjects.Length; n += 997)
        {
            read[0][2 * n].Should().Be(new Iri($"http://ex.org/o{n}"));
            read[0][(2 * n) + 1].Should().Be(new Literal($"label {n}", language: "nl"));
        }

        read.Skip(1).Should().AllSatisfy(terms => terms.Should().Equal(read[0]));
    }

    [Fact]
    public void MatchWithSources_LoadedDocuments_SameTriplesAsMatchAndSourcesAsSourceOf()
    {
        var graph = new RdfGraph();
        foreach (var (name, text) in new[] { ("one.ttl", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"), ("two.ttl", "\n<http://ex.org/c> <http://ex.org/p> \"x\" .\n") })
        {
            graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = name }, trackSources: true);
        }

        var located = graph.MatchWithSources(null, new Iri("http://ex.org/p")).ToList();

        located.Select(l => l.Triple).Should().Equal(graph.Match(null, new Iri("http://ex.org/p")));
        located.Select(l => l.Source).Should().Equal(located.Select(l => graph.SourceOf(l.Triple)));
        located.Select(l => (l.Source!.Value.SourceName, l.Source.Value.Position.Subject.Line)).Should().BeEquivalentTo(new[] { ("one.ttl", 1), ("two.ttl", 2) });
        new RdfGraph().MatchWithSources(null, new Iri("http://ex.org/p")).Should().BeEmpty();
    }

    [Fact]
    public void SubjectsAndObjectsWithSources_LoadedDocuments_SamePairsAndSourcesAsMatchWithSources()
    {
        var graph = new RdfGraph();
        foreach (var (name, text) in new[]
        {
            ("one.ttl", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> , <http://ex.org/c> .\n<http://ex.org/a> <http://ex.org/q> \"y\" .\n"),
            ("two.ttl", "\n\n<http://ex.org/c> <http://ex.org/p> \"x\" .\n<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"),
        })
        {
            graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), RdfSyntax.Turtle, new RdfReaderOptions { SourceName = name }, trackSources: true);
        }

        var p = new Iri("http://ex.org/p");
        var pairs = graph.SubjectsAndObjectsWithSources(p).ToList();

        pairs.Select(x => (x.Subject, x.Object, x.Source)).Should().Equal(graph.MatchWithSources(null, p).Select(m => (m.Triple.Subject, m.Triple.Object, m.Source)));
        pairs.Select(x => (x.Source!.Value.SourceName, x.Source.Value.Position.Object.Line, x.Source.Value.Position.Object.Column))
            .Should().BeEquivalentTo(new[] { ("one.ttl", 1, 37), ("one.ttl", 1, 57), ("two.ttl", 3, 37) });
        graph.SubjectsAndObjectsWithSources(new Iri("http://ex.org/none")).Should().BeEmpty();
    }

    [Fact]
    public void SubjectsAndObjectsWithSources_NoSourceTracking_SourcesAreNull()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes("<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n")), RdfSyntax.Turtle);

        graph.SubjectsAndObjectsWithSources(new Iri("http://ex.org/p")).Should().Equal((new Iri("http://ex.org/a"), new Iri("http://ex.org/b"), (TripleSource?)null));
    }

    [Property(MaxTest = 200)]
    public bool SubjectsAndObjects_AnyAddsAndRemoves_EqualsMatchInOrder(byte[] adds, byte[] removes)
    {
        var graph = Built(adds, removes);

        foreach (var predicate in Predicates)
        {
            if (!graph.SubjectsAndObjects(predicate).SequenceEqual(graph.Match(null, predicate).Select(t => (t.Subject, t.Object))))
            {
                return false;
            }

            var one = new Literal("1");
            if (!graph.SubjectsAndObjects(predicate, one).SequenceEqual(graph.Match(null, predicate, one).Select(t => (t.Subject, t.Object))))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool CountOf_AnyAddsAndRemoves_EqualsTheNumberOfMatches(byte[] adds, byte[] removes)
    {
        var graph = Built(adds, removes);

        var objects = Enumerable.Range(0, 6).Select(k => new Literal(k.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return Predicates.Append(new Iri("http://ex.org/unknown")).All(predicate =>
            graph.CountOf(predicate) == graph.Match(null, predicate).Count()
            && objects.All(o => graph.CountOf(predicate, o) == graph.Match(null, predicate, o).Count()));
    }

    [Fact]
    public void IsIri_EachKindOfObject_TrueOnlyForAnIri()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            @prefix ex: <http://ex.org/> .
            ex:a ex:p "text"@nl , "plain" , ex:b , _:x , 42 .
            """)), RdfSyntax.Turtle);
        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));

        Enumerable.Range(0, properties.Count).Select(properties.IsIri).Should().Equal(false, false, true, false, false);
        Enumerable.Range(0, properties.Count).Select(i => properties.Object(i) is Iri).Should().Equal(false, false, true, false, false);
    }

    [Fact]
    public void SubjectsAndObjects_UnknownPredicateOrObject_Empty()
    {
        var graph = new RdfGraph();
        graph.Add(Subjects[0], Predicates[0], Subjects[1]);

        graph.SubjectsAndObjects(new Iri("http://ex.org/unknown")).Should().BeEmpty();
        graph.SubjectsAndObjects(Predicates[0], new Iri("http://ex.org/unknown")).Should().BeEmpty();
        graph.SubjectsAndObjects(Predicates[0], Subjects[1]).Should().Equal((Subjects[0], (RdfTerm)Subjects[1]));
    }

    [Fact]
    public void TryGetLiteral_EachKindOfObject_TextAndTagAsWrittenOrFalse()
    {
        var graph = WithEachKindOfObject();
        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));

        var read = Enumerable.Range(0, properties.Count)
            .Select(i => properties.TryGetLiteral(i, out var text, out var language) ? (text, language) : ("not a literal", null))
            .ToList();

        read.Should().Equal(("zorgcoördinatie", "nl"), ("Care", "en-GB"), ("plain", null), ("2026-01-01", null), ("not a literal", null), ("not a literal", null));
        // The same text as the term Object makes (which the graph then caches), read either way round.
        properties.TryGetLiteral(1, out var cached, out var tag).Should().BeTrue();
        var literal = (Literal)properties.Object(1);
        (cached, tag).Should().Be((literal.LexicalForm, literal.Language));
        properties.TryGetLiteral(1, out var again, out var againTag).Should().BeTrue();
        again.Should().BeSameAs(literal.LexicalForm);
        againTag.Should().Be("en-GB");
    }

    [Fact]
    public void TryGetStoredLiteral_EachKindOfObject_TagNowTextWhenReadAndStillAfterTheGraphChanges()
    {
        var graph = WithEachKindOfObject();
        var properties = graph.PropertiesOf(new Iri("http://ex.org/a"));

        var stored = new List<(StoredLiteral Literal, string? Language)>();
        var texts = new List<(string? Text, string? Language)>();
        for (var i = 0; i < properties.Count; i++)
        {
            stored.Add(properties.TryGetStoredLiteral(i, out var literal, out var language) ? (literal, language) : (literal, "not a literal"));
            texts.Add(properties.TryGetLiteral(i, out var text, out var tag) ? (text, tag) : (null, "not a literal"));
        }

        stored.Select(s => s.Language).Should().Equal(texts.Select(t => t.Language));
        stored.Select(s => s.Literal.IsValid ? s.Literal.LexicalForm : null).Should().Equal(texts.Select(t => t.Text));
        stored[4].Literal.Should().Be(default(StoredLiteral));
        stored[4].Literal.Invoking(l => l.LexicalForm).Should().Throw<InvalidOperationException>();
        stored[0].Literal.Should().Be(stored[0].Literal).And.NotBe(stored[1].Literal);

        // The handle names a term, and terms outlive the triples that use them.
        graph.Remove(new Triple(new Iri("http://ex.org/a"), new Iri("http://ex.org/p"), new Literal("zorgcoördinatie", language: "nl")));
        graph.Add(new Iri("http://ex.org/c"), new Iri("http://ex.org/p"), new Literal("nieuw"));
        stored[0].Literal.LexicalForm.Should().Be("zorgcoördinatie");
    }

    [Fact]
    public void IsCurrent_UntilTheGraphChanges()
    {
        var graph = new RdfGraph();
        graph.Add(Subjects[0], Predicates[0], Subjects[1]);
        var properties = graph.PropertiesOf(Subjects[0]);
        var unknown = graph.PropertiesOf(new Iri("http://ex.org/never-a-subject"));

        properties.IsCurrent.Should().BeTrue();
        graph.Match(Subjects[0]).Should().HaveCount(1);
        properties.IsCurrent.Should().BeTrue("reading the graph does not change it");
        default(SubjectProperties).IsCurrent.Should().BeFalse();

        graph.Add(Subjects[2], Predicates[1], Subjects[0]);

        properties.IsCurrent.Should().BeFalse("any added triple makes a view stale");
        unknown.IsCurrent.Should().BeFalse();
        graph.PropertiesOf(Subjects[0]).IsCurrent.Should().BeTrue();
    }

    [Fact]
    public void PropertiesOf_GraphChangedAfterwards_Throws()
    {
        var graph = new RdfGraph();
        graph.Add(Subjects[0], Predicates[0], Subjects[1]);
        var properties = graph.PropertiesOf(Subjects[0]);

        graph.Add(Subjects[0], Predicates[1], Subjects[2]);

        properties.Invoking(p => p.Object(0)).Should().Throw<InvalidOperationException>();
    }

    // The graph of the triples added, then the ones removed.
    private static RdfGraph Built(byte[] adds, byte[] removes)
    {
        var graph = new RdfGraph();
        foreach (var code in adds)
        {
            graph.Add(Decode(code));
        }

        foreach (var code in removes)
        {
            graph.Remove(Decode(code));
        }

        return graph;
    }

    // ex:a with two literals in a language (one tag in mixed case), a plain one, a typed one, an IRI and a blank node.
    private static RdfGraph WithEachKindOfObject()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            @prefix ex: <http://ex.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:a ex:p "zorgcoördinatie"@nl , "Care"@en-GB , "plain" , "2026-01-01"^^xsd:date , ex:b , _:x .
            """)), RdfSyntax.Turtle);
        return graph;
    }

    private static Triple Decode(byte code) =>
        new(Subjects[code % 3], Predicates[(code / 3) % 2], new Literal(((code / 6) % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
