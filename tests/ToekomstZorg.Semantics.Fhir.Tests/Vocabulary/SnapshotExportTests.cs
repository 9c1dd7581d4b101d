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

    [Fact]
    public void ExportResources_ReferenceScheme_CodeSystemUrlIsTheSchemeIriWithCodesAsWritten()
    {
        // Arrange: a reference scheme (reference/) in another namespace, codes from tz:codeNamespace, labels without Dutch.
        Directory.CreateDirectory(Path.Combine(_files.Directory, "reference"));
        File.WriteAllText(Path.Combine(_files.Directory, "reference", "roles.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix tz:   <https://w3id.org/toekomstzorg/def#> .
            <http://example.org/roles> a skos:ConceptScheme ; skos:notation "roles" ; skos:prefLabel "Roles"@en ;
                tz:codeNamespace "http://example.org/roles/" .
            <http://example.org/roles/R.1> a skos:Concept ; skos:inScheme <http://example.org/roles> ;
                skos:prefLabel "physician"@en , "Arzt"@de .
            <http://example.org/roles/R.1/gp> a skos:Concept ; skos:inScheme <http://example.org/roles> ;
                skos:prefLabel "general practitioner"@en ; skos:broader <http://example.org/roles/R.1> .
            """);
        var snapshot = VocabularyLoader.LoadDirectory(_files.Directory).Snapshot;

        // Act
        var codeSystem = new FhirTerminologyExporter(SnapshotExport.From(snapshot), new SnapshotCodingTranslator(snapshot))
            .ExportResources().Single(r => r.ResourceType == "CodeSystem" && r.Id == "roles");

        // Assert
        codeSystem.Json.ShouldBeValidFhir();
        var json = JsonNode.Parse(codeSystem.Json)!;
        json["url"]!.GetValue<string>().Should().Be("http://example.org/roles");
        var codes = new List<string>();
        void Collect(JsonArray? concepts)
        {
            foreach (var concept in concepts ?? [])
            {
                codes.Add(concept!["code"]!.GetValue<string>());
                Collect(concept["concept"]?.AsArray());
            }
        }

        Collect(json["concept"]!.AsArray());
        codes.Should().BeEquivalentTo("R.1", "R.1/gp");
        json.ToJsonString().Should().Contain("Arzt");
    }

    [Fact]
    public void From_UntaggedAndBlankLabels_CodeSystemDesignationWithoutLanguageAndNoBlankDesignations()
    {
        // Arrange: kern:overleg gets an untagged altLabel, blank and white-space-only altLabels and a white-space-only prefLabel.
        File.WriteAllText(Path.Combine(_files.Directory, "labels.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:overleg skos:altLabel "Teamoverleg" , "" , "  \t " ; skos:prefLabel " "@fr .
            """);
        var load = VocabularyLoader.LoadDirectory(_files.Directory);

        // Act
        var export = SnapshotExport.From(load.Snapshot);
        var codeSystem = new FhirTerminologyExporter(export, new SnapshotCodingTranslator(load.Snapshot))
            .ExportResources().Single(r => r.ResourceType == "CodeSystem" && r.Id == "kern");

        // Assert: the loader keeps all of these labels and the lint finds no error in them (it reports a label where it is
        // written), so an export can meet them. (The fixture's other errors, such as TZ013 missing-source, are not ours.)
        load.Diagnostics.Where(d => d.IsError && d.Location?.File.EndsWith("labels.ttl", StringComparison.Ordinal) == true).Should().BeEmpty();
        var overleg = export.Schemes.Single(s => s.Key == "kern").Concepts.Single(c => c.Code == "overleg");
        overleg.AltLabels.Should().BeEquivalentTo(new[] { ("", "Teamoverleg"), ("", ""), ("", "  \t ") });
        overleg.PrefLabels.Should().ContainKey("fr");
        codeSystem.Json.ShouldBeValidFhir();
        var designations = JsonNode.Parse(codeSystem.Json)!["concept"]!.AsArray()
            .Single(c => c!["code"]!.GetValue<string>() == "overleg")!["designation"]!.AsArray().Select(d => d!.AsObject()).ToList();
        designations.Select(d => d["value"]!.GetValue<string>()).Should().Equal("meeting", "overleg", "Teamoverleg");
        var untagged = designations.Single(d => d["value"]!.GetValue<string>() == "Teamoverleg");
        untagged.ContainsKey("language").Should().BeFalse(untagged.ToJsonString());
        untagged["use"]!["code"]!.GetValue<string>().Should().Be(ConceptDesignation.SynonymCode);
    }
}
