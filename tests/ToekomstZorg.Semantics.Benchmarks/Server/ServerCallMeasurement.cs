using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;

namespace ToekomstZorg.Semantics.Benchmarks.Server;

/// <summary>
/// Server CPU per call without the network: <c>server-calls VOCAB BODIES_DIR [CALLS]</c> loads the vocabulary as the
/// server does and, for the request bodies that <c>scripts/grpc-h2load.sh</c> sends (gRPC-framed files
/// <c>lookup.bin</c>, <c>translate.bin</c>, <c>careplan.bin</c>), times parse + handler + serialization of the response,
/// printing mean microseconds per call and response size. It tells where the server's time goes between the methods
/// h2load compares.
/// </summary>
internal static class ServerCallMeasurement
{
    public static int Run(string[] args)
    {
        var vocabulary = new SnapshotVocabularyLoader(TimeProvider.System).Load(args[1]);
        var bodies = args[2];
        var calls = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50_000;

        Measure("lookup", calls, Body(bodies, "lookup"), b => ConceptMessages.Lookup(vocabulary, LookupRequest.Parser.ParseFrom(b)));
        Measure("translate", calls, Body(bodies, "translate"), b => TranslationMessages.Translate(vocabulary, TranslateRequest.Parser.ParseFrom(b)));
        Measure("careplan", calls, Body(bodies, "careplan"), b => FhirTranslationMessages.Translate(vocabulary, FhirTranslateRequest.Parser.ParseFrom(b), "CarePlan"));
        var careplan = FhirTranslateRequest.Parser.ParseFrom(Body(bodies, "careplan"));
        var utf8 = System.Text.Encoding.UTF8.GetBytes(careplan.ResourceJson);
        Measure("  parse", calls, Body(bodies, "careplan"), b => FhirTranslateRequest.Parser.ParseFrom(b));
        Measure("  walk", calls, utf8, b => { vocabulary.Resources.Translate(b, careplan.TargetSystem); return new Empty(); });
        var result = vocabulary.Resources.Translate(utf8, careplan.TargetSystem);
        Measure("  outcome", calls, utf8, b => { result.ToOperationOutcomeJson(); return new Empty(); });
        var response = FhirTranslationMessages.Translate(vocabulary, careplan, "CarePlan");
        Measure("  serialize", calls, utf8, b => { response.ToByteArray(); return new Empty(); });
        Measure("  tostring", calls, utf8, b => { System.Text.Encoding.UTF8.GetString(b); return new Empty(); });
        return 0;
    }

    private static byte[] Body(string directory, string name) => File.ReadAllBytes(Path.Combine(directory, name + ".bin"))[5..];

    private static void Measure(string name, int calls, byte[] body, Func<byte[], IMessage> call)
    {
        if (Environment.GetEnvironmentVariable("TZSEM_MEASURE_ONLY") is { Length: > 0 } only && name.Trim() != only)
        {
            return;
        }

        var size = 0;
        for (var i = 0; i < Math.Min(calls, 5000); i++)
        {
            size = call(body).ToByteArray().Length;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            call(body).ToByteArray();
        }

        var micros = clock.Elapsed.TotalMicroseconds / calls;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {micros,8:F2} µs/call  {bytes,7} B allocated/call  response {size} B"));
    }
}
