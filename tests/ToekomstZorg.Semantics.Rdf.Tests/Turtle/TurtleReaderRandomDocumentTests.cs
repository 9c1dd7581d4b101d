using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

public sealed class TurtleReaderRandomDocumentTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_RandomDocument_MeansTheTriplesItWasWrittenFrom(int seed)
    {
        var document = RandomTurtleDocument.Create(seed, statements: 12);
        var bytes = Encoding.UTF8.GetBytes(document.Text);

        var whole = Parse.Turtle(bytes);
        var chunked = Parse.TurtleInChunks(bytes, 1 + (seed % 17));

        GraphIsomorphism.AreIsomorphic(whole.Triples, document.Triples).Should().BeTrue(
            "seed {0}:\n{1}\nexpected\n{2}\nread\n{3}", seed, document.Text, string.Join('\n', document.Triples), string.Join('\n', whole.Triples));
        chunked.Lines().Should().Equal(whole.Lines());
        chunked.Positions.Should().Equal(whole.Positions);
    }
}
