using BenchmarkDotNet.Attributes;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>
/// The readers alone: the generated SKOS document (100 000 concepts, 40 MB, 950k triples by default)
/// parsed from memory into a sink that only counts. Peer: <c>serdi -i turtle -o ntriples</c> on the same file.
/// </summary>
[MemoryDiagnoser]
public class TurtleReaderBenchmarks
{
    private byte[] _turtle = [];

    [Params(100000)]
    public int Concepts { get; set; }

    [GlobalSetup]
    public void Setup() => _turtle = File.ReadAllBytes(SkosBenchmarkInput.PathFor(Concepts));

    [Benchmark]
    public long TurtleFromStream()
    {
        var sink = new CountingSink();
        new TurtleReader().Read(new MemoryStream(_turtle, writable: false), sink);
        return sink.Triples;
    }

    [Benchmark]
    public long TurtleFromSpan()
    {
        var sink = new CountingSink();
        new TurtleReader().Read(_turtle, sink);
        return sink.Triples;
    }

    /// <summary>Counts triples and term bytes, so the terms are touched as a real sink would.</summary>
    private sealed class CountingSink : ITripleSink
    {
        public long Triples { get; private set; }

        public long Bytes { get; private set; }

        public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
        {
            Triples++;
            Bytes += subject.Value.Length + predicate.Value.Length + @object.Value.Length;
        }
    }
}
