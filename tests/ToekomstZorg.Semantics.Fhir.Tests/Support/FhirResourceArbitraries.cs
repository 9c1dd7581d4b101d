using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>
/// FsCheck generators of FHIR R4 JSON written token by token, so that what must survive is in the text: random
/// whitespace, every string escape style (<c>\u00e9</c>, raw UTF-8, <c>\/</c>, control characters), number
/// spellings (<c>1.50</c>, <c>1e3</c>, <c>-0.0</c>), CodeableConcepts with codings of vocabulary schemes, other
/// systems, unknown and missing codes in extensions, contained resources and Bundle entries; and, for the
/// "wild" arbitrary, unknown elements holding arbitrary JSON.
/// </summary>
public static class FhirResourceArbitraries
{
    private static readonly string[] Systems =
    [
        FakeCodingTranslator.Kern, FakeCodingTranslator.Ggz, FakeCodingTranslator.Vaph, FakeCodingTranslator.Ouderenzorg,
        "http://snomed.info/sct", "http://loinc.org",
    ];

    private static readonly string[] Numbers = ["0", "1.50", "2.500", "-0.0", "1e3", "1E-7", "12345678901234567890123", "3.14159265358979323846"];

    private static readonly string[] Whitespace = ["", " ", "\n", "\n  ", "\t", "\r\n    "];

    public static Arbitrary<GeneratedResource> Resources() => Arb.From(Resource(wild: false));

    public static Gen<GeneratedResource> Resource(bool wild) =>
        from kind in Gen.Choose(0, 3)
        from json in kind switch
        {
            0 => CarePlan(wild),
            1 => CareTeam(wild),
            2 => Goal(wild),
            _ => Bundle(wild),
        }
        select new GeneratedResource(json, !wild);

    /// <summary>The wild variant: unknown elements with arbitrary JSON, not schema-valid.</summary>
    public static class Wild
    {
        public static Arbitrary<GeneratedResource> Resources() => Arb.From(Resource(wild: true));
    }

    private static Gen<string> Ws => Gen.Elements(Whitespace);

    private static Gen<string> Obj(params Gen<string?>[] members) =>
        from values in Sequence(members)
        from ws in Ws
        select "{" + ws + string.Join("," + ws, values.Where(v => v is not null)) + ws + "}";

    private static Gen<string> Arr(Gen<string> element, int max) =>
        from count in Gen.Choose(1, max)
        from items in Gen.ArrayOf(element, count)
        from ws in Ws
        select "[" + ws + string.Join("," + ws, items) + ws + "]";

    private static Gen<string?> Member(string name, Gen<string> value, int percent = 100) =>
        from present in Gen.Choose(1, 100)
        from v in value
        from ws in Ws
        select present <= percent ? $"\"{name}\":{ws}{v}" : null;

    private static Gen<string> Str(int maxLength = 12) =>
        from length in Gen.Choose(1, maxLength)
        from parts in Gen.ArrayOf(Char, length)
        select "\"" + string.Concat(parts) + "\"";

    // One character of a JSON string in one of its spellings.
    private static Gen<string> Char => Gen.Elements(
        "a", "Z", "9", " ", "é", "\\u00e9", "\\u00E9", "\\\"", "\\\\", "\\/", "/", "\\n", "\\t", "\\u0001", "😀", "\\ud83d\\ude00", "<", "&", "ë");

    private static Gen<string> Num => Gen.Elements(Numbers);

    private static Gen<string> Code(string system) => Gen.OneOf(
        Gen.Elements(FakeCodingTranslator.AllCodes.Where(c => c.System == system).Select(c => $"\"{c.Code}\"").DefaultIfEmpty("\"x\"").ToArray()),
        Gen.Elements("\"onbekend\"", "\"229065009\""));

    private static Gen<string> Coding(bool wild) =>
        from system in Gen.Elements(Systems)
        from json in Obj(
            Member("extension", Arr(DecimalExtension, 1), 10),
            Member("system", Gen.Constant($"\"{system}\""), 95),
            Member("code", Code(system), 95),
            Member("display", Str(), 60),
            Member("userSelected", Gen.Elements("true", "false"), 15),
            wild ? Member("x-unknown", Any(2), 10) : Gen.Constant<string?>(null))
        select json;

    private static Gen<string> CodeableConcept(bool wild) => Obj(
        Member("coding", Arr(Coding(wild), 4)),
        Member("text", Str(), 40));

    private static Gen<string> DecimalExtension => Obj(
        Member("url", Gen.Constant("\"https://example.org/fhir/StructureDefinition/x\"")),
        Member("valueDecimal", Num));

    private static Gen<string> Extension(bool wild) => Gen.OneOf(
        DecimalExtension,
        Obj(Member("url", Gen.Constant("\"https://example.org/fhir/StructureDefinition/cc\"")), Member("valueCodeableConcept", CodeableConcept(wild))),
        Obj(Member("url", Gen.Constant("\"https://example.org/fhir/StructureDefinition/s\"")), Member("valueString", Str(20))));

    private static Gen<string?> Unknown(bool wild) => wild ? Member("tzUnknownElement", Any(3), 50) : Gen.Constant<string?>(null);

    private static Gen<string> Reference => Obj(Member("reference", Gen.Constant("\"Patient/p1\"")), Member("display", Str(), 30));

    private static Gen<string> Text => Obj(
        Member("status", Gen.Constant("\"generated\"")),
        Member("div", from parts in Gen.ArrayOf(Char, 5) select "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">" + string.Concat(parts) + "</div>\""));

    private static Gen<string> Activity(bool wild) => Obj(
        Member("outcomeCodeableConcept", Arr(CodeableConcept(wild), 2), 40),
        Member("detail", Obj(
            Member("extension", Arr(Extension(wild), 2), 30),
            Member("code", CodeableConcept(wild), 90),
            Member("reasonCode", Arr(CodeableConcept(wild), 2), 50),
            Member("status", Gen.Elements("\"scheduled\"", "\"in-progress\"")),
            Member("dailyAmount", Obj(Member("value", Num)), 30),
            Unknown(wild))));

    private static Gen<string> Goal(bool wild) => Obj(
        Member("resourceType", Gen.Constant("\"Goal\"")),
        Member("id", Gen.Constant("\"g1\"")),
        Member("extension", Arr(Extension(wild), 2), 30),
        Member("lifecycleStatus", Gen.Constant("\"active\"")),
        Member("description", CodeableConcept(wild)),
        Member("subject", Reference),
        Unknown(wild));

    private static Gen<string> CarePlan(bool wild) => Obj(
        Member("resourceType", Gen.Constant("\"CarePlan\"")),
        Member("id", Gen.Constant("\"cp\""), 50),
        Member("text", Text, 40),
        Member("contained", Arr(Goal(wild), 2), 30),
        Member("extension", Arr(Extension(wild), 3), 50),
        Member("modifierExtension", Arr(DecimalExtension, 1), 20),
        Member("identifier", Arr(Obj(Member("value", Str())), 2), 30),
        Member("status", Gen.Constant("\"active\"")),
        Member("intent", Gen.Constant("\"plan\"")),
        Member("category", Arr(CodeableConcept(wild), 3), 80),
        Member("subject", Reference),
        Member("activity", Arr(Activity(wild), 3), 90),
        Member("note", Arr(Obj(Member("text", Str(20))), 2), 30),
        Unknown(wild));

    private static Gen<string> CareTeam(bool wild) => Obj(
        Member("resourceType", Gen.Constant("\"CareTeam\"")),
        Member("status", Gen.Constant("\"active\""), 70),
        Member("category", Arr(CodeableConcept(wild), 2), 70),
        Member("participant", Arr(Obj(Member("role", Arr(CodeableConcept(wild), 2)), Member("member", Reference, 50)), 3), 80),
        Member("reasonCode", Arr(CodeableConcept(wild), 2), 50),
        Unknown(wild));

    private static Gen<string> Bundle(bool wild) =>
        from entries in Gen.ArrayOf(Gen.OneOf(CarePlan(wild), CareTeam(wild), Goal(wild)), 3)
        from json in Obj(
            Member("resourceType", Gen.Constant("\"Bundle\"")),
            Member("type", Gen.Constant("\"collection\"")),
            Member("entry", Gen.Constant("[" + string.Join(",", entries.Select(e => "{\"resource\":" + e + "}")) + "]")),
            Unknown(wild))
        select json;

    // Arbitrary JSON for unknown elements, including things named "coding" that are not Coding arrays.
    private static Gen<string> Any(int depth) => depth == 0
        ? Gen.OneOf(Str(), Num, Gen.Elements("true", "false", "null", "[]", "{}"))
        : Gen.OneOf(
            Str(),
            Num,
            Gen.Elements("null", "[1,\"coding\"]", "{\"coding\":[1,null,\"x\"]}", "{\"coding\":{}}"),
            Arr(Any(depth - 1), 3),
            Obj(Member("coding", Arr(Any(depth - 1), 2), 30), Member("a", Any(depth - 1), 70), Member("b\\u0062", Any(depth - 1), 40)));

    private static Gen<string?[]> Sequence(Gen<string?>[] generators)
    {
        var result = Gen.Constant(Array.Empty<string?>());
        foreach (var generator in generators)
        {
            result = from head in result from next in generator select (string?[])[.. head, next];
        }

        return result;
    }

    internal static byte[] Utf8(this GeneratedResource resource) => Encoding.UTF8.GetBytes(resource.Json);
}
