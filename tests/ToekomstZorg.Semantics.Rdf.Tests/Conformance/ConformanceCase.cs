using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Conformance;

/// <summary>Runs one manifest entry the way the suite's README prescribes.</summary>
internal static class ConformanceCase
{
    public static void Run(ManifestEntry entry)
    {
        switch (entry.Kind)
        {
            case "TestTurtlePositiveSyntax":
            case "TestNTriplesPositiveSyntax":
                var act = () => Parse(entry);
                act.Should().NotThrow();
                break;
            case "TestTurtleNegativeSyntax":
            case "TestNTriplesNegativeSyntax":
            case "TestTurtleNegativeEval":
                var bad = () => Parse(entry);
                var error = bad.Should().Throw<RdfSyntaxException>().Which;
                error.Position.Line.Should().BeGreaterThan(0);
                error.Position.Column.Should().BeGreaterThan(0);
                error.SourceName.Should().Be(Path.GetFileName(entry.ActionPath));
                break;
            case "TestTurtleEval":
                var actual = Parse(entry);
                var expected = new TripleCollector();
                new NTriplesReader().Read(File.ReadAllBytes(entry.ResultPath!), expected);
                GraphIsomorphism.AreIsomorphic(actual.Triples, expected.Triples).Should().BeTrue(
                    "{0} should give\n{1}\nbut gave\n{2}",
                    entry.Name,
                    string.Join('\n', expected.Triples),
                    string.Join('\n', actual.Triples));
                break;
            default:
                throw new InvalidOperationException($"Unknown test kind {entry.Kind} for {entry.Name}.");
        }
    }

    private static TripleCollector Parse(ManifestEntry entry)
    {
        var options = new RdfReaderOptions { BaseIri = entry.ActionIri, SourceName = Path.GetFileName(entry.ActionPath) };
        var collector = new TripleCollector();
        using var stream = File.OpenRead(entry.ActionPath);
        if (entry.Kind.StartsWith("TestNTriples", StringComparison.Ordinal))
        {
            new NTriplesReader(options).Read(stream, collector);
        }
        else
        {
            new TurtleReader(options).Read(stream, collector);
        }

        return collector;
    }
}
