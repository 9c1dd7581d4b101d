namespace ToekomstZorg.Semantics.Rdf.Tests.Conformance;

/// <summary>The W3C RDF 1.1 Turtle test suite, one theory case per manifest entry.</summary>
public sealed class TurtleConformanceTests
{
    public static TheoryData<string> Names => [.. W3cManifest.Turtle.Entries.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Names))]
    public void TurtleSuite_Entry_Passes(string id) => ConformanceCase.Run(W3cManifest.Turtle.ById[id]);

    [Fact]
    public void Manifest_Entries_AreAll313TurtleTests()
    {
        var entries = W3cManifest.Turtle.Entries;

        entries.Should().HaveCount(313);
        entries.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["TestTurtleEval"] = 145,
            ["TestTurtlePositiveSyntax"] = 74,
            ["TestTurtleNegativeSyntax"] = 94,
        });
        entries.Should().OnlyContain(e => File.Exists(e.ActionPath) && (e.ResultPath == null || File.Exists(e.ResultPath)));
    }
}
