using BenchmarkDotNet.Attributes;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>Turtle bytes in memory to an indexed graph (reader + term dictionary + triple table), then the first Match.</summary>
[MemoryDiagnoser]
public class GraphLoadBenchmarks
{
    private byte[] _turtle = [];

    [Params(10000)]
    public int Concepts { get; set; }

    [GlobalSetup]
    public void Setup() => _turtle = File.ReadAllBytes(SkosBenchmarkInput.PathFor(Concepts));

    [Benchmark]
    public int Load()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(_turtle, writable: false), RdfSyntax.Turtle);
        return graph.Count;
    }

    [Benchmark]
    public int LoadAndBuildIndexes()
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(_turtle, writable: false), RdfSyntax.Turtle);
        graph.BuildIndexes();
        return graph.Count;
    }
}
