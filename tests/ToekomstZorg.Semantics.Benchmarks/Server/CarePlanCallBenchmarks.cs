using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;
using ToekomstZorg.Semantics.TestSupport;

namespace ToekomstZorg.Semantics.Benchmarks.Server;

/// <summary>
/// Where the server's CPU per TranslateCarePlan call goes, without the network: the gRPC request body that
/// <c>scripts/grpc-canned.sh</c> (or <c>grpc-h2load.sh</c>) sends (<c>careplan.bin</c>, gRPC-framed, from
/// <c>TZSEM_BENCH_BODY</c>, default <c>/tmp/tzsem-canned/careplan.bin</c>) over <c>vocab/</c>.
/// <see cref="Handler"/> is what the real server does beyond the canned one (<see cref="CannedCarePlanInterceptor"/>);
/// <see cref="Parse"/> and <see cref="Serialize"/> both do. The rest split the handler into its parts.
/// Run: <c>dotnet run -c Release --project tests/ToekomstZorg.Semantics.Benchmarks -- --filter '*CarePlanCall*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CarePlanCallBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private ServedVocabulary _vocabulary = null!;
    private byte[] _body = [];
    private FhirTranslateRequest _request = null!;
    private FhirTranslateResponse _response = null!;
    private byte[] _resourceUtf8 = [];
    private FhirTranslationResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("TZSEM_BENCH_BODY") is { Length: > 0 } given ? given : "/tmp/tzsem-canned/careplan.bin";
        _body = File.ReadAllBytes(path)[5..];
        _vocabulary = new SnapshotVocabularyLoader(TimeProvider.System).Load(Path.Combine(RepositoryPaths.Root, "vocab"));
        _request = FhirTranslateRequest.Parser.ParseFrom(_body);
        _response = FhirTranslationMessages.Translate(_vocabulary, _request, "CarePlan");
        _resourceUtf8 = Encoding.UTF8.GetBytes(_request.ResourceJson);
        _result = _vocabulary.Resources.Translate(_resourceUtf8, _request.TargetSystem);
    }

    /// <summary>The handler: everything the real server does that the canned one does not.</summary>
    [Benchmark(Baseline = true)]
    public FhirTranslateResponse Handler() => FhirTranslationMessages.Translate(_vocabulary, _request, "CarePlan");

    /// <summary>The protobuf parse of the request (both servers).</summary>
    [Benchmark]
    public FhirTranslateRequest Parse() => FhirTranslateRequest.Parser.ParseFrom(_body);

    /// <summary>The protobuf serialisation of the answer into a reused buffer, as grpc-dotnet writes it (both servers).</summary>
    [Benchmark]
    public int Serialize()
    {
        _output.ResetWrittenCount();
        _response.WriteTo(_output);
        return _output.WrittenCount;
    }

    /// <summary>Part: the JSON walk and rewrite of the UTF-8 resource.</summary>
    [Benchmark]
    public int Walk() => _vocabulary.Resources.Translate(_resourceUtf8, _request.TargetSystem).Resource.Length;

    /// <summary>Part: the OperationOutcome of a translation.</summary>
    [Benchmark]
    public int Outcome() => _result.ToOperationOutcomeJson().Length;

    /// <summary>Part: the request's resource_json to UTF-8 and the answer's resource back to a string.</summary>
    [Benchmark]
    public int Conversions() => Encoding.UTF8.GetBytes(_request.ResourceJson).Length + Encoding.UTF8.GetString(_result.Resource.Span).Length;
}
