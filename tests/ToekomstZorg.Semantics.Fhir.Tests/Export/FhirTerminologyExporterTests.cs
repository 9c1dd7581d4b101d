using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Tests.Support;

namespace ToekomstZorg.Semantics.Fhir.Tests.Export;

public sealed class FhirTerminologyExporterTests
{
    private static readonly FhirTerminologyExporter Exporter = new(FakeExportVocabulary.Create(), new FakeCodingTranslator());

    private static JsonNode Resource(string resourceType, string id) =>
        JsonNode.Parse(Exporter.ExportResources().Single(d => d.ResourceType == resourceType && d.Id == id).Json)!;

    [Fact]
    public void ExportResources_EveryResource_IsValidFhir()
    {
        var resources = Exporter.ExportResources();

        resources.Should().NotBeEmpty();
        foreach (var resource in resources)
        {
            resource.Json.ShouldBeValidFhir();
        }
    }

    [Fact]
    public void ExportResources_Counts_SchemeResourcesAndConceptMapsPerSectorPair()
    {
        var resources = Exporter.ExportResources();

        resources.Count(r => r.ResourceType == "CodeSystem").Should().Be(4);
        resources.Count(r => r.ResourceType == "ValueSet").Should().Be(4);
        // 3 sectors: 3 to kern + 3 * 2 ordered sector pairs.
        resources.Where(r => r.ResourceType == "ConceptMap").Select(r => r.Id).Should().BeEquivalentTo(
            "ggz-kern", "ouderenzorg-kern", "vaph-kern", "ggz-ouderenzorg", "ggz-vaph", "ouderenzorg-ggz", "ouderenzorg-vaph", "vaph-ggz", "vaph-ouderenzorg");
    }

    [Fact]
    public void ExportResources_CodeSystem_HasUrlContentDesignationsAndHierarchy()
    {
        var codeSystem = Resource("CodeSystem", "ggz");

        codeSystem["url"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Ggz);
        codeSystem["content"]!.GetValue<string>().Should().Be("complete");
        codeSystem["valueSet"]!.GetValue<string>().Should().Be("https://w3id.org/toekomstzorg/fhir/ValueSet/ggz");
        codeSystem["count"]!.GetValue<int>().Should().Be(5);
        codeSystem["property"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()).Should().Equal("parent", "child", "status", "replacedBy");
        var concepts = codeSystem["concept"]!.AsArray();
        var mdo = concepts.Single(c => c!["code"]!.GetValue<string>() == "mdo-psy")!;
        mdo["display"]!.GetValue<string>().Should().Be("MDO psychiatrie");
        mdo["definition"]!.GetValue<string>().Should().Be("Definitie van MDO psychiatrie.");
        mdo["designation"]!.AsArray().Select(d => d!["language"]!.GetValue<string>()).Should().Equal("en", "nl");
        mdo["property"]!.AsArray().Select(p => $"{p!["code"]}={p["valueCode"]}").Should().Equal("parent=zorgcoordinatie", "status=active");
        var parent = concepts.Single(c => c!["code"]!.GetValue<string>() == "zorgcoordinatie")!;
        parent["property"]!.AsArray().Select(p => $"{p!["code"]}={p["valueCode"]}").Should().Equal("child=mdo-psy", "status=active");
        concepts.Single(c => c!["code"]!.GetValue<string>() == "crisisbed")!["property"]![0]!["valueCode"]!.GetValue<string>().Should().Be("deprecated");
    }

    [Fact]
    public void ExportResources_ReplacedConcept_ReplacedByCodingsAndTheDeclaredProperty()
    {
        var codeSystem = Resource("CodeSystem", "ggz");

        var declared = codeSystem["property"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "replacedBy")!;
        (declared["type"]!.GetValue<string>(), declared["uri"]!.GetValue<string>()).Should().Be(("Coding", "http://purl.org/dc/terms/isReplacedBy"));
        var crisisbed = codeSystem["concept"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "crisisbed")!;
        crisisbed["property"]!.AsArray().Where(p => p!["code"]!.GetValue<string>() == "replacedBy")
            .Select(p => $"{p!["valueCoding"]!["system"]}|{p["valueCoding"]!["code"]}")
            .Should().Equal($"{FakeCodingTranslator.Ggz}|herstel", $"{FakeCodingTranslator.Base}kern|herstel");
    }

    [Fact]
    public void ExportResources_SchemeWithoutReplacements_DeclaresNoReplacedByProperty() =>
        Resource("CodeSystem", "kern")["property"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()).Should().Equal("parent", "child", "status");

    [Fact]
    public void ExportResources_AltLabel_IsSynonymDesignation()
    {
        var zoco = Resource("CodeSystem", "kern")["concept"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "zorgcoordinatie")!;

        var synonym = zoco["designation"]!.AsArray().Single(d => d!["use"] is not null)!;
        synonym["value"]!.GetValue<string>().Should().Be("Zoco");
        synonym["use"]!["code"]!.GetValue<string>().Should().Be("900000000000013009");
    }

    [Fact]
    public void ExportResources_ValueSet_IncludesTheScheme()
    {
        var valueSet = Resource("ValueSet", "vaph");

        valueSet["compose"]!["include"]![0]!["system"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Vaph);
    }

    [Fact]
    public void ExportResources_ConceptMapToKern_HasEquivalenceAndRationale()
    {
        var map = Resource("ConceptMap", "ggz-kern");

        var group = map["group"]![0]!;
        group["source"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Ggz);
        group["target"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Kern);
        var elements = group["element"]!.AsArray();
        var dd = elements.Single(e => e!["code"]!.GetValue<string>() == "dubbeldiagnose")!["target"]![0]!;
        dd["code"]!.GetValue<string>().Should().Be("dubbeldiagnose");
        dd["equivalence"]!.GetValue<string>().Should().Be("wider");
        dd["comment"]!.GetValue<string>().Should().Be("Rationale for dubbeldiagnose to dubbeldiagnose.");
        elements.Single(e => e!["code"]!.GetValue<string>() == "herstel")!["target"]!.AsArray().Should().HaveCount(2);
        elements.Single(e => e!["code"]!.GetValue<string>() == "crisisbed")!["target"]![0]!["equivalence"]!.GetValue<string>().Should().Be("unmatched");
    }

    [Fact]
    public void ExportResources_SectorPairConceptMap_CarriesFalseFriendWarning()
    {
        var map = Resource("ConceptMap", "vaph-ggz");

        var dd = map["group"]![0]!["element"]!.AsArray().Single(e => e!["code"]!.GetValue<string>() == "dubbeldiagnose")!["target"]![0]!;
        dd["equivalence"]!.GetValue<string>().Should().Be("inexact");
        dd["comment"]!.GetValue<string>().Should().Contain("false friend");
    }

    [Fact]
    public void ExportBundle_HoldsEveryResource_AndIsValidFhir()
    {
        var resources = Exporter.ExportResources();

        var bundle = Exporter.ExportBundle(resources);

        bundle.Json.ShouldBeValidFhir();
        var entries = JsonNode.Parse(bundle.Json)!["entry"]!.AsArray();
        entries.Should().HaveCount(resources.Count);
        entries[0]!["fullUrl"]!.GetValue<string>().Should().Be(FakeCodingTranslator.Ggz, "schemes come in key order");
        JsonNode.Parse(bundle.Json)!["type"]!.GetValue<string>().Should().Be("collection");
    }

    [Fact]
    public void WriteTo_Directory_WritesOneFilePerResourceAndTheBundle()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tz-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = Exporter.WriteTo(directory);

            Directory.GetFiles(directory).Select(Path.GetFileName).Should().BeEquivalentTo(written.Select(d => d.FileName));
            File.Exists(Path.Combine(directory, "CodeSystem-ggz.json")).Should().BeTrue();
            File.Exists(Path.Combine(directory, "Bundle-toekomstzorg-terminology.json")).Should().BeTrue();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
