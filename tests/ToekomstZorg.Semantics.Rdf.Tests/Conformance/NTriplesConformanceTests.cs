namespace ToekomstZorg.Semantics.Rdf.Tests.Conformance;

/// <summary>The W3C RDF 1.1 N-Triples test suite, one theory case per manifest entry.</summary>
public sealed class NTriplesConformanceTests
{
    public static TheoryData<string> Names => [.. W3cManifest.NTriples.Entries.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Names))]
    public void NTriplesSuite_Entry_Passes(string id) => ConformanceCase.Run(W3cManifest.NTriples.ById[id]);

    [Fact]
    public void Manifest_Entries_AreAll70NTriplesTests()
    {
        var entries = W3cManifest.NTriples.Entries;

        entries.Should().HaveCount(70);
        entries.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        entries.Count(e => e.Kind == "TestNTriplesPositiveSyntax").Should().Be(41);
        entries.Count(e => e.Kind == "TestNTriplesNegativeSyntax").Should().Be(29);
        entries.Should().OnlyContain(e => File.Exists(e.ActionPath));
    }
}
