using BenchmarkDotNet.Running;
using ToekomstZorg.Semantics.Benchmarks.Rdf;

if (args.Length > 1 && args[0] is "graph-load" or "turtle-roundtrip")
{
    return GraphLoadMeasurement.Run(args);
}

if (args.Length > 1 && args[0] is "vocab-latency")
{
    return ToekomstZorg.Semantics.Benchmarks.Vocabulary.VocabularyMeasurement.Run(args);
}

if (args.Length > 1 && args[0] is "vocab-load")
{
    return ToekomstZorg.Semantics.Benchmarks.Vocabulary.VocabularyLoadMeasurement.Run(args);
}

if (args.Length > 2 && args[0] is "vocab-diff")
{
    return ToekomstZorg.Semantics.Benchmarks.Vocabulary.DiffMeasurement.Run(args);
}

if ((args.Length > 1 && args[0] is "site-latency") || (args.Length > 2 && args[0] is "site-export"))
{
    return ToekomstZorg.Semantics.Benchmarks.Site.SiteMeasurement.Run(args);
}

if (args.Length > 1 && args[0] is "grpc-server")
{
    return await ToekomstZorg.Semantics.Benchmarks.Server.GrpcServerHost.RunAsync(args);
}

if (args.Length > 2 && args[0] is "server-calls")
{
    return ToekomstZorg.Semantics.Benchmarks.Server.ServerCallMeasurement.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(GraphLoadMeasurement).Assembly).Run(args);
return 0;
