using System.Text;
using BenchmarkDotNet.Attributes;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Benchmarks.Fhir;

/// <summary>
/// One typical CarePlan (about 4 KB, indented, 10 codings over category and 3 activities: 8 of vocabulary schemes,
/// 2 SNOMED CT) translated to kern. Resources per second = 1 / Mean. Target: at least 20 000/s per core.
/// Peer: a JsonNode parse and write of the same document (what a tree-based rewrite costs before it translates).
/// Run: <c>dotnet run -c Release --project tests/ToekomstZorg.Semantics.Benchmarks -- --filter '*CarePlanTranslation*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CarePlanTranslationBenchmarks
{
    private readonly FhirResourceTranslator _translator = new(new BenchmarkCodingTranslator());
    private byte[] _carePlan = [];

    [GlobalSetup]
    public void Setup()
    {
        _carePlan = Encoding.UTF8.GetBytes(TypicalCarePlan.Json);
        _translator.Translate(_carePlan, "kern");
    }

    [Benchmark(Baseline = true)]
    public int TranslateAdd() => _translator.Translate(_carePlan, "kern").Resource.Length;

    [Benchmark]
    public int TranslateReplace() => _translator.Translate(_carePlan, "kern", TranslationMode.Replace).Resource.Length;

    /// <summary>Peer: only parsing the same document into a System.Text.Json JsonNode tree and writing it back, no translation.</summary>
    [Benchmark]
    public int JsonNodeRoundTripOnly() => System.Text.Json.Nodes.JsonNode.Parse(_carePlan)!.ToJsonString().Length;

    [Benchmark]
    public int TranslateAddWithOperationOutcome()
    {
        var result = _translator.Translate(_carePlan, "kern");
        return result.Resource.Length + result.ToOperationOutcomeJson().Length;
    }
}
