using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;

if (ServerCommandLine.WantsHelp(args))
{
    Console.WriteLine(ServerCommandLine.Usage);
    return 0;
}

Microsoft.AspNetCore.Builder.WebApplication app;
try
{
    app = TerminologyServer.Build(args);
}
catch (ServerConfigurationException e)
{
    Console.Error.WriteLine($"tzsem-server: {e.Message}");
    return 2;
}
catch (VocabularyLoadException e)
{
    Console.Error.WriteLine($"tzsem-server: the vocabulary in {e.Directory} does not load:");
    foreach (var diagnostic in e.Diagnostics)
    {
        Console.Error.WriteLine($"  {diagnostic}");
    }

    return 1;
}

await using (app)
{
    await app.StartAsync();
    var endpoints = app.Services.GetRequiredService<ServerEndpoints>();
    var vocabulary = app.Services.GetRequiredService<IVocabularySource>().Current;
    Console.WriteLine($"gRPC: {endpoints.Grpc}");
    Console.WriteLine($"HTTP: {endpoints.Http} (FHIR REST at {new Uri(endpoints.Http, "fhir")})");
    Console.WriteLine($"vocabulary {vocabulary.Version} from {vocabulary.Directory}");
    await app.WaitForShutdownAsync();
}

return 0;
