using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Tests.Conformance;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

/// <summary>Every W3C Turtle eval input, read with our reader, written by our writers and read back.</summary>
public sealed class TurtleWriterRoundTripTests
{
    public static TheoryData<string> EvalTests()
    {
        var data = new TheoryData<string>();
        foreach (var entry in W3cManifest.Turtle.Entries.Where(e => e.Kind == "TestTurtleEval"))
        {
            data.Add(entry.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvalTests))]
    public void Write_W3CEvalInput_ReadsBackIsomorphicAndRewritesIdentically(string id)
    {
        var entry = W3cManifest.Turtle.ById[id];
        var graph = LoadFile(entry.ActionPath, RdfSyntax.Turtle, entry.ActionIri);
        var expected = LoadFile(entry.ResultPath!, RdfSyntax.NTriples, entry.ActionIri);
        graph.IsIsomorphicTo(expected).Should().BeTrue("the reader must give the expected graph before the writer is judged");

        var turtle = WriteTurtle(graph);
        var reread = LoadBytes(turtle, RdfSyntax.Turtle);

        reread.IsIsomorphicTo(graph).Should().BeTrue(Encoding.UTF8.GetString(turtle));
        WriteTurtle(reread).Should().Equal(turtle, "writing what was read back must give the same bytes");
        LoadBytes(WriteTurtle(graph, new TurtleWriterOptions { ObjectLists = true }), RdfSyntax.Turtle).IsIsomorphicTo(graph).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(EvalTests))]
    public void NTriplesWriter_W3CEvalInputStreamed_ReadsBackAsTheExpectedGraph(string id)
    {
        var entry = W3cManifest.Turtle.ById[id];
        using var output = new MemoryStream();
        using (var writer = new NTriplesWriter(output, leaveOpen: true))
        {
            using var input = File.OpenRead(entry.ActionPath);
            RdfReader.Read(input, RdfSyntax.Turtle, writer, new RdfReaderOptions { BaseIri = entry.ActionIri });
        }

        var reread = LoadBytes(output.ToArray(), RdfSyntax.NTriples);

        reread.IsIsomorphicTo(LoadFile(entry.ResultPath!, RdfSyntax.NTriples, entry.ActionIri)).Should().BeTrue();
    }

    private static byte[] WriteTurtle(RdfGraph graph, TurtleWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        new TurtleWriter(options).Write(graph, stream);
        return stream.ToArray();
    }

    private static RdfGraph LoadFile(string path, RdfSyntax syntax, string baseIri)
    {
        var graph = new RdfGraph();
        using var stream = File.OpenRead(path);
        graph.Load(stream, syntax, new RdfReaderOptions { BaseIri = baseIri });
        return graph;
    }

    private static RdfGraph LoadBytes(byte[] bytes, RdfSyntax syntax)
    {
        var graph = new RdfGraph();
        graph.Load(new MemoryStream(bytes), syntax);
        return graph;
    }
}
