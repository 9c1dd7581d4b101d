using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Fhir.Tests.Export;

public sealed class ConceptDesignationTests
{
    private static ExportConcept Concept(IReadOnlyDictionary<string, string> prefLabels, params (string Language, string Text)[] altLabels) =>
        new("overleg", "https://w3id.org/toekomstzorg/kern/overleg", prefLabels, altLabels, new Dictionary<string, string>(), []);

    // As ValueSet/$expand writes it: the Firely POCO written by Firely's serializer.
    private static JsonObject Written(ConceptDesignation designation) =>
        JsonNode.Parse(FhirResourceSerializer.SerializeJson(designation.ToValueSetDesignation()))!.AsObject();

    [Fact]
    public void Of_UntaggedAltLabel_IsASynonymWithoutLanguage()
    {
        var concept = Concept(new Dictionary<string, string> { ["nl"] = "overleg" }, ("", "Teamoverleg"));

        var designations = ConceptDesignation.Of(concept).ToList();

        designations.Should().Equal(new ConceptDesignation("nl", "overleg", IsSynonym: false), new ConceptDesignation("", "Teamoverleg", IsSynonym: true));
    }

    [Fact]
    public void Of_BlankAndWhiteSpaceLabels_AreLeftOut()
    {
        // A FHIR string must not be empty or white space only: such labels give no designation, preferred or alternative.
        var concept = Concept(
            new Dictionary<string, string> { ["en"] = "meeting", ["fr"] = " \t", ["nl"] = "overleg" },
            ("", ""), ("", "   "), ("nl", "\n"), ("nl", "Teamoverleg"));

        var designations = ConceptDesignation.Of(concept).ToList();

        designations.Select(d => d.Value).Should().Equal("meeting", "overleg", "Teamoverleg");
    }

    [Fact]
    public void ToValueSetDesignation_UntaggedLabel_LeavesOutLanguage()
    {
        // FHIR R4 code: "[^\s]+(\s[^\s]+)*", so "language": "" would be invalid; an untagged label has no language element at all.
        var json = Written(new ConceptDesignation("", "Teamoverleg", IsSynonym: true));

        json.ContainsKey("language").Should().BeFalse(json.ToJsonString());
        json["value"]!.GetValue<string>().Should().Be("Teamoverleg");
        json["use"]!["code"]!.GetValue<string>().Should().Be(ConceptDesignation.SynonymCode);
    }

    [Fact]
    public void ToValueSetDesignation_TaggedLabel_WritesLanguageFirst()
    {
        var json = Written(new ConceptDesignation("nl", "overleg", IsSynonym: false));

        json.Select(p => p.Key).Should().Equal("language", "value");
        json["language"]!.GetValue<string>().Should().Be("nl");
    }
}
