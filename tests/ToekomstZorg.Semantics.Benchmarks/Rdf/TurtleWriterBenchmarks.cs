using BenchmarkDotNet.Attributes;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>Writing a loaded graph as curator Turtle (grouping, sorting, prefixed names).</summary>
[MemoryDiagnoser]
public class TurtleWriterBenchmarks
{
    private RdfGraph _graph = new();

    [Params(10000)]
    public int Concepts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = RdfGraph.Load(SkosBenchmarkInput.PathFor(Concepts), RdfSyntax.Turtle);
        _graph.BuildIndexes();
    }

    [Benchmark]
    public void WriteTurtle() => new TurtleWriter().Write(_graph, Stream.Null);
}
