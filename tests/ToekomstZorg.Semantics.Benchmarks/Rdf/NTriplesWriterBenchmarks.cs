using BenchmarkDotNet.Attributes;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>
/// The <c>convert --to ntriples</c> hot path: Turtle reader streaming into the N-Triples writer, against the
/// reader alone into a sink that drops everything, so the writer's share is the difference.
/// </summary>
[MemoryDiagnoser]
public class NTriplesWriterBenchmarks
{
    private byte[] _turtle = [];

    [Params(10000)]
    public int Concepts { get; set; }

    [GlobalSetup]
    public void Setup() => _turtle = File.ReadAllBytes(SkosBenchmarkInput.PathFor(Concepts));

    [Benchmark(Baseline = true)]
    public void ReadOnly() => RdfReader.Read(new MemoryStream(_turtle, writable: false), RdfSyntax.Turtle, new DiscardingSink());

    [Benchmark]
    public long ReadAndWriteNTriples()
    {
        using var writer = new NTriplesWriter(Stream.Null);
        RdfReader.Read(new MemoryStream(_turtle, writable: false), RdfSyntax.Turtle, writer);
        return writer.TriplesWritten;
    }

    private sealed class DiscardingSink : ITripleSink
    {
        public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
        {
        }
    }
}
