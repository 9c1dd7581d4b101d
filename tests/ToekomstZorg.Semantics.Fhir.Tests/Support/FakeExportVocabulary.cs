using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Fhir.Export;

namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>The export's view of the same small vocabulary <see cref="FakeCodingTranslator"/> translates.</summary>
internal static class FakeExportVocabulary
{
    public static ExportVocabulary Create()
    {
        static ExportConcept Concept(
            string scheme, string code, string nl, string en, string[]? broader = null, bool deprecated = false, (string, string)[]? alt = null,
            (string, string)[]? replacedBy = null) =>
            new(code, $"{FakeCodingTranslator.Base}{scheme}/{code}",
                new Dictionary<string, string> { ["nl"] = nl, ["en"] = en },
                alt ?? [],
                new Dictionary<string, string> { ["nl"] = $"Definitie van {nl}." },
                broader ?? [],
                deprecated)
            {
                ReplacedBy = replacedBy ?? [],
            };

        static ExportScheme Scheme(string key, string nl, params ExportConcept[] concepts) =>
            new(key, FakeCodingTranslator.Base + key,
                new Dictionary<string, string> { ["nl"] = nl, ["en"] = key + " (en)" },
                new Dictionary<string, string> { ["nl"] = $"Schema {nl}." },
                "2026-11-22",
                concepts);

        return new ExportVocabulary(
            "2026.11.22",
            [
                Scheme("kern", "Het gedeelde kader",
                    Concept("kern", "dubbeldiagnose", "dubbeldiagnose", "dual diagnosis"),
                    Concept("kern", "zorgcoordinatie", "zorgcoördinatie", "care coordination", alt: [("nl", "Zoco")]),
                    Concept("kern", "mdo", "multidisciplinair overleg", "multidisciplinary meeting", alt: [("nl", "MDO")]),
                    Concept("kern", "herstel", "herstel", "recovery"),
                    Concept("kern", "participatie", "participatie", "participation")),
                Scheme("ggz", "Geestelijke gezondheidszorg",
                    Concept("ggz", "dubbeldiagnose", "dubbeldiagnose", "dual diagnosis (substance use)"),
                    Concept("ggz", "zorgcoordinatie", "zorgcoördinatie", "care coordination"),
                    Concept("ggz", "mdo-psy", "MDO psychiatrie", "psychiatric MDT meeting", broader: ["zorgcoordinatie"]),
                    Concept("ggz", "herstel", "herstel", "recovery"),
                    Concept("ggz", "crisisbed", "crisisbed", "crisis bed", deprecated: true,
                        replacedBy: [(FakeCodingTranslator.Ggz, "herstel"), (FakeCodingTranslator.Base + "kern", "herstel")])),
                Scheme("vaph", "Personen met een handicap",
                    Concept("vaph", "dubbeldiagnose", "dubbeldiagnose", "dual diagnosis (intellectual disability)"),
                    Concept("vaph", "zorgcoordinatie", "zorgcoördinatie", "care coordination")),
                Scheme("ouderenzorg", "Ouderenzorg",
                    Concept("ouderenzorg", "casemanagement", "casemanagement", "case management")),
            ],
            [
                new("ggz", "dubbeldiagnose", MappingRelation.Broad, "kern", "dubbeldiagnose", "GGZ bedoelt verslaving\tsamen met\neen psychiatrische stoornis.", ["https://www.upcduffel.be/dubbeldiagnose1", "seeds/001.txt"]),
                new("ggz", "zorgcoordinatie", MappingRelation.Exact, "kern", "zorgcoordinatie", "Zelfde betekenis.", []),
                new("ouderenzorg", "casemanagement", MappingRelation.Close, "kern", "zorgcoordinatie", "Casemanagement is nauw verwant.", []),
            ],
            [new("vaph", "dubbeldiagnose", "ggz", "dubbeldiagnose", "VAPH: beperking en psychiatrie; GGZ: verslaving en psychiatrie.")]);
    }
}
