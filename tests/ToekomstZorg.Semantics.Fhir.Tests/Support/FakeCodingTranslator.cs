using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>
/// A small hand-written vocabulary: schemes kern, ggz, vaph, ouderenzorg; mappings with every equivalence, a code
/// with two targets, a known code without mapping, and the dubbeldiagnose false friend between GGZ and VAPH.
/// </summary>
internal sealed class FakeCodingTranslator : ICodingTranslator
{
    public const string Base = "https://w3id.org/toekomstzorg/";
    public const string Kern = Base + "kern";
    public const string Ggz = Base + "ggz";
    public const string Vaph = Base + "vaph";
    public const string Ouderenzorg = Base + "ouderenzorg";

    private static readonly Dictionary<string, Dictionary<string, string>> Concepts = new()
    {
        [Kern] = new() { ["dubbeldiagnose"] = "dubbeldiagnose", ["zorgcoordinatie"] = "zorgcoördinatie", ["mdo"] = "multidisciplinair overleg", ["herstel"] = "herstel", ["participatie"] = "participatie" },
        [Ggz] = new() { ["dubbeldiagnose"] = "dubbeldiagnose", ["zorgcoordinatie"] = "zorgcoördinatie", ["mdo-psy"] = "MDO psychiatrie", ["herstel"] = "herstel", ["crisisbed"] = "crisisbed" },
        [Vaph] = new() { ["dubbeldiagnose"] = "dubbeldiagnose", ["zorgcoordinatie"] = "zorgcoördinatie" },
        [Ouderenzorg] = new() { ["casemanagement"] = "casemanagement" },
    };

    private static readonly (string System, string Code, string Target, string TargetCode, Equivalence Equivalence, bool FalseFriend)[] Mappings =
    [
        (Ggz, "dubbeldiagnose", Kern, "dubbeldiagnose", Equivalence.Wider, false),
        (Vaph, "dubbeldiagnose", Kern, "dubbeldiagnose", Equivalence.Wider, false),
        (Vaph, "dubbeldiagnose", Ggz, "dubbeldiagnose", Equivalence.Inexact, true),
        (Ggz, "dubbeldiagnose", Vaph, "dubbeldiagnose", Equivalence.Inexact, true),
        (Ggz, "zorgcoordinatie", Kern, "zorgcoordinatie", Equivalence.Equivalent, false),
        (Vaph, "zorgcoordinatie", Kern, "zorgcoordinatie", Equivalence.Equivalent, false),
        (Vaph, "zorgcoordinatie", Ggz, "zorgcoordinatie", Equivalence.Equivalent, false),
        (Kern, "zorgcoordinatie", Ggz, "zorgcoordinatie", Equivalence.Equivalent, false),
        (Ggz, "mdo-psy", Kern, "mdo", Equivalence.Wider, false),
        (Kern, "mdo", Ggz, "mdo-psy", Equivalence.Narrower, false),
        (Ggz, "herstel", Kern, "herstel", Equivalence.Equivalent, false),
        (Ggz, "herstel", Kern, "participatie", Equivalence.RelatedTo, false),
        (Ouderenzorg, "casemanagement", Kern, "zorgcoordinatie", Equivalence.Inexact, false),
        (Ouderenzorg, "casemanagement", Ggz, "zorgcoordinatie", Equivalence.Inexact, false),
    ];

    public string VocabularyVersion => "fake-1";

    public static IEnumerable<(string System, string Code)> AllCodes =>
        Concepts.SelectMany(scheme => scheme.Value.Keys.Select(code => (scheme.Key, code)));

    public bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem)
    {
        canonicalSystem = Concepts.ContainsKey(systemOrKey) ? systemOrKey
            : Concepts.ContainsKey(Base + systemOrKey) ? Base + systemOrKey
            : null;
        return canonicalSystem is not null;
    }

    public CodingTranslation Translate(string system, string code, string targetSystem)
    {
        if (!Concepts.TryGetValue(system, out var codes) || !codes.TryGetValue(code, out var sourceDisplay))
        {
            return CodingTranslation.UnknownCode;
        }

        var matches = Mappings
            .Where(m => m.System == system && m.Code == code && m.Target == targetSystem)
            .Select(m => new CodingMatch(
                m.Target, m.TargetCode, Concepts[m.Target][m.TargetCode], m.Equivalence,
                [$"{system}/{code}", "skos:broadMatch", $"{m.Target}/{m.TargetCode}"],
                [$"Rationale for {code} to {m.TargetCode}."],
                m.FalseFriend ? ["false friend: same word, different meaning"] : [],
                m.FalseFriend))
            .ToArray();
        return matches.Length == 0 ? CodingTranslation.Unmatched(sourceDisplay) : new CodingTranslation(CodingTranslationStatus.Matched, matches, sourceDisplay);
    }

    /// <summary>How many codings a source coding becomes in the target (0 when it stays as it is).</summary>
    public int MatchCount(string? system, string? code, string targetSystem) =>
        system is null || code is null || !TryResolveSystem(system, out var canonical) || canonical == targetSystem
            ? 0
            : Translate(canonical, code, targetSystem).Matches.Count;
}
