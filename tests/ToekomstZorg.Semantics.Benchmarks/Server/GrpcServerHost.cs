using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ToekomstZorg.Semantics.Server.Hosting;

namespace ToekomstZorg.Semantics.Benchmarks.Server;

/// <summary>
/// <c>grpc-server VOCAB [canned]</c>: the server (<see cref="TerminologyServer.Build"/>, this Release build) on free
/// loopback ports, watch off, printing <c>gRPC: URL</c> and <c>HTTP: URL</c>; with <c>canned</c>, TranslateCarePlan
/// answers with its first answer (<see cref="CannedCarePlanInterceptor"/>). Both servers of
/// <c>scripts/grpc-canned.sh</c> are this host, so they differ in that interceptor only.
/// </summary>
internal static class GrpcServerHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new List<string>
        {
            "--vocab", args[1], "--grpc-port", "0", "--http-port", "0", "--watch", "false", "--Logging:LogLevel:Default=Warning",
        };
        if (args.Length > 2 && args[2] == "canned")
        {
            arguments.AddRange(["--hostingStartupAssemblies", typeof(GrpcServerHost).Assembly.GetName().Name!]);
        }

        var app = TerminologyServer.Build([.. arguments]);
        await using (app)
        {
            await app.StartAsync();
            var endpoints = app.Services.GetRequiredService<ServerEndpoints>();
            Console.WriteLine($"gRPC: {endpoints.Grpc}");
            Console.WriteLine($"HTTP: {endpoints.Http}");
            await app.WaitForShutdownAsync();
        }

        return 0;
    }
}
