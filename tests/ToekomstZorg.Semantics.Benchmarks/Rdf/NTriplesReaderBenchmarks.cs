using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Benchmarks.Rdf;

/// <summary>
/// The N-Triples reader alone: the generated SKOS document as N-Triples (converted once by serdi,
/// an independent implementation; 100 000 concepts give 950k lines) parsed from memory into a
/// sink that only counts.
/// </summary>
[MemoryDiagnoser]
public class NTriplesReaderBenchmarks
{
    private byte[] _ntriples = [];

    [Params(100000)]
    public int Concepts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new ProcessStartInfo("serdi", ["-i", "turtle", "-o", "ntriples", SkosBenchmarkInput.PathFor(Concepts)])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("serdi did not start; run .ci/install-peers");
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        _ntriples = output.ToArray();
    }

    [Benchmark]
    public long NTriplesFromStream()
    {
        var sink = new CountingSink();
        new NTriplesReader().Read(new MemoryStream(_ntriples, writable: false), sink);
        return sink.Triples;
    }

    private sealed class CountingSink : ITripleSink
    {
        public long Triples { get; private set; }

        public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position) => Triples++;
    }
}
