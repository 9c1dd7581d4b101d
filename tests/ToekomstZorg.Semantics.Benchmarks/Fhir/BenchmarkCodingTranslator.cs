using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Benchmarks.Fhir;

/// <summary>
/// A dictionary vocabulary with real codes of the ouderenzorg and welzijn schemes mapped to kern, standing in for the
/// SKOS snapshot until it is on main. Its cost is one dictionary lookup per distinct code: the translator caches
/// every answer anyway, so the benchmark measures the FHIR JSON work.
/// </summary>
internal sealed class BenchmarkCodingTranslator : ICodingTranslator
{
    public const string Base = "https://w3id.org/toekomstzorg/";

    private static readonly Dictionary<(string, string), (string Code, Equivalence Equivalence)> Mappings = new()
    {
        [(Base + "ouderenzorg", "woonzorgcentrum")] = ("woonzorgcentrum", Equivalence.Equivalent),
        [(Base + "ouderenzorg", "kortverblijf")] = ("kortverblijf", Equivalence.Wider),
        [(Base + "ouderenzorg", "respijtzorg")] = ("respijtzorg", Equivalence.Equivalent),
        [(Base + "ouderenzorg", "dagverzorgingscentrum")] = ("dagopvang", Equivalence.Inexact),
        [(Base + "ouderenzorg", "assistentiewoning")] = ("assistentiewoning", Equivalence.Equivalent),
        [(Base + "ouderenzorg", "woonassistent")] = ("zorgcoordinatie", Equivalence.RelatedTo),
        [(Base + "welzijn", "outreach")] = ("outreach", Equivalence.Equivalent),
        [(Base + "welzijn", "lokaal-dienstencentrum")] = ("lokaal-dienstencentrum", Equivalence.Narrower),
    };

    public string VocabularyVersion => "benchmark";

    public bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem)
    {
        canonicalSystem = systemOrKey switch
        {
            "kern" or Base + "kern" => Base + "kern",
            "ouderenzorg" or Base + "ouderenzorg" => Base + "ouderenzorg",
            "welzijn" or Base + "welzijn" => Base + "welzijn",
            _ => null,
        };
        return canonicalSystem is not null;
    }

    public CodingTranslation Translate(string system, string code, string targetSystem) =>
        Mappings.TryGetValue((system, code), out var target)
            ? new CodingTranslation(CodingTranslationStatus.Matched,
                [new CodingMatch(targetSystem, target.Code, target.Code, target.Equivalence, [system + "/" + code, targetSystem + "/" + target.Code], ["rationale"], [])])
            : CodingTranslation.Unmatched();
}
