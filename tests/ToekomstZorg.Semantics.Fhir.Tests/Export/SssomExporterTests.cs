using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Tests.Support;

namespace ToekomstZorg.Semantics.Fhir.Tests.Export;

public sealed class SssomExporterTests
{
    private static string[] Lines() => new SssomExporter(FakeExportVocabulary.Create()).Export().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Export_Header_HasCurieMapAndMappingSetMetadata()
    {
        var header = Lines().TakeWhile(l => l.StartsWith('#')).ToArray();

        header.Should().Contain("# curie_map:").And.Contain("#   ggz: https://w3id.org/toekomstzorg/ggz/").And.Contain("#   skos: http://www.w3.org/2004/02/skos/core#");
        header.Should().Contain(l => l.StartsWith("# mapping_set_id: ", StringComparison.Ordinal));
        header.Should().Contain("# mapping_set_version: \"2026.11.22\"");
        header.Should().Contain(l => l.StartsWith("# license: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_Rows_OnePerMappingWithJustificationAndRationale()
    {
        var table = Lines().SkipWhile(l => l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();
        var columns = table[0];
        var rows = table.Skip(1).Select(r => columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToArray();

        columns.Should().Contain(["subject_id", "predicate_id", "object_id", "mapping_justification", "comment"]);
        table.Skip(1).Should().OnlyContain(r => r.Length == columns.Length);
        rows.Should().HaveCount(4);
        var dd = rows[0];
        dd["subject_id"].Should().Be("ggz:dubbeldiagnose");
        dd["predicate_id"].Should().Be("skos:broadMatch");
        dd["object_id"].Should().Be("kern:dubbeldiagnose");
        dd["mapping_justification"].Should().Be("semapv:ManualMappingCuration");
        dd["comment"].Should().Be("GGZ bedoelt verslaving samen met een psychiatrische stoornis.", "tabs and line breaks become spaces");
        dd["see_also"].Should().Be("https://www.upcduffel.be/dubbeldiagnose1");
        rows[2]["predicate_id"].Should().Be("skos:closeMatch");
    }

    [Fact]
    public void Export_FalseFriend_IsNegatedExactMatch()
    {
        var table = Lines().SkipWhile(l => l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();
        var columns = table[0].ToList();

        var row = table.Single(r => r[columns.IndexOf("predicate_modifier")] == "Not");

        row[columns.IndexOf("subject_id")].Should().Be("vaph:dubbeldiagnose");
        row[columns.IndexOf("predicate_id")].Should().Be("skos:exactMatch");
        row[columns.IndexOf("object_id")].Should().Be("ggz:dubbeldiagnose");
    }
}
