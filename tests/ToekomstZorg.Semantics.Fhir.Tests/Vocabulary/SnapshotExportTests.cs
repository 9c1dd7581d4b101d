using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Fhir.Tests.Vocabulary;

public sealed class SnapshotExportTests : IDisposable
{
    private readonly TurtleVocabulary _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void From_DeprecatedConceptWithIsReplacedBy_ExportsTheReplacementsInTheVocabulary()
    {
        // Arrange: ggz:mdo (deprecated) is replaced within its scheme, across schemes, and by an IRI outside the vocabulary.
        File.WriteAllText(Path.Combine(_files.Directory, "replaced.ttl"), """
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            @prefix ggz:  <https://w3id.org/toekomstzorg/ggz/> .
            ggz:mdo dct:isReplacedBy ggz:zorgcoordinatie , kern:overleg , <https://example.org/elders> .
            """);
        var snapshot = VocabularyLoader.LoadDirectory(_files.Directory).Snapshot;

        // Act
        var export = SnapshotExport.From(snapshot);
        var exporter = new FhirTerminologyExporter(export, new SnapshotCodingTranslator(snapshot));
        var codeSystem = exporter.ExportResources().Single(r => r.ResourceType == "CodeSystem" && r.Id == "ggz");

        // Assert
        export.Schemes.Single(s => s.Key == "ggz").Concepts.Single(c => c.Code == "mdo").ReplacedBy.Should().Equal(
            ("https://w3id.org/toekomstzorg/ggz", "zorgcoordinatie"), ("https://w3id.org/toekomstzorg/kern", "overleg"));
        codeSystem.Json.ShouldBeValidFhir();
        var mdo = JsonNode.Parse(codeSystem.Json)!["concept"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "mdo")!;
        mdo["property"]!.AsArray().Count(p => p!["code"]!.GetValue<string>() == "replacedBy").Should().Be(2);
    }
}
