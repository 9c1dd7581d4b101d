using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Tests.Support;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

/// <summary>Shared arrange steps: a translator over the fake vocabulary and access to the translated tree.</summary>
internal static class TranslationFixture
{
    public static FakeCodingTranslator Fake { get; } = new();

    public static FhirResourceTranslator Translator { get; } = new(Fake);

    public static FhirTranslationResult Translate(string json, string target = "kern", TranslationMode mode = TranslationMode.Add) =>
        Translator.Translate(Samples.Utf8(json), target, mode);

    public static JsonNode Tree(this FhirTranslationResult result) => JsonNode.Parse(result.Resource.Span)!;

    public static string[] Codes(this JsonNode? codeableConcept) =>
        codeableConcept!["coding"]!.AsArray().Select(c => $"{c!["system"]!.GetValue<string>().Split('/')[^1]}|{c["code"]!.GetValue<string>()}").ToArray();

    public static CodingReport At(this FhirTranslationResult result, string expression) =>
        result.Codings.Single(c => c.Expression == expression);
}
