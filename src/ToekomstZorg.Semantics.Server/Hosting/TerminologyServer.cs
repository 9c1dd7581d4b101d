using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Translation;
using Grpc.AspNetCore.Web;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using ToekomstZorg.Semantics.Server.Authentication;
using ToekomstZorg.Semantics.Server.FhirRest;
using ToekomstZorg.Semantics.Server.Hosting.Internal;
using ToekomstZorg.Semantics.Server.Internal;
using ToekomstZorg.Semantics.Server.Services;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Site;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;

namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>Builds the server: configuration, Kestrel endpoints, the vocabulary store and its watcher, and the routes.</summary>
public static class TerminologyServer
{
    /// <summary>The largest request message accepted, after decompression: 4 MiB, as gRPC's default; larger → RESOURCE_EXHAUSTED.</summary>
    public const int MaxReceiveMessageSize = 4 * 1024 * 1024;

    // Our gRPC services, by full name: the health service reports each, and each may have its own access policy.
    private static readonly string[] GrpcServiceNames = [TerminologyService.Descriptor.FullName, FhirTranslationService.Descriptor.FullName];

    /// <summary>
    /// Builds the server application. The vocabulary is loaded here, so a vocabulary that does not load fails before
    /// any port is bound.
    /// </summary>
    /// <param name="args">Command line arguments (<see cref="ServerCommandLine"/>).</param>
    /// <param name="configure">Extra configuration, applied last (tests set ports and directories here).</param>
    /// <exception cref="ServerConfigurationException">A setting is wrong.</exception>
    /// <exception cref="VocabularyLoadException">The vocabulary does not load.</exception>
    public static WebApplication Build(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json is copied next to the binary, so the defaults apply whatever the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(args, ServerCommandLine.SwitchMappings.ToDictionary());
        configure?.Invoke(builder.Configuration);

        var options = TerminologyServerOptions.Read(builder.Configuration);
        options.Validate();
        var directory = VocabularyDirectoryLocator.Locate(options.Vocab, builder.Environment.ContentRootPath);
        var certificate = KestrelEndpointSetup.LoadCertificate(options);
        var endpoints = new ServerEndpoints();

        builder.WebHost.ConfigureKestrel(kestrel => KestrelEndpointSetup.Configure(kestrel, options, certificate, endpoints));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(endpoints);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IVocabularyLoader>(services => new SnapshotVocabularyLoader(
            services.GetRequiredService<TimeProvider>(),
            new FhirTranslationOptions { MaxResourceBytes = options.MaxResourceBytes }));
        builder.Services.AddSingleton(services => ServedVocabularyStore.Open(
            directory,
            services.GetRequiredService<IVocabularyLoader>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<ServedVocabularyStore>(),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IVocabularySource>(services => services.GetRequiredService<ServedVocabularyStore>());
        if (options.Watch)
        {
            builder.Services.AddHostedService(services => new VocabularyFolderWatcher(
                services.GetRequiredService<IVocabularySource>(),
                directory,
                TimeSpan.FromMilliseconds(options.ReloadDebounceMilliseconds),
                services.GetRequiredService<ILogger<VocabularyFolderWatcher>>()));
        }

        builder.Services.AddRouting();
        builder.Services.AddGrpc(grpc =>
        {
            // Larger request messages (after decompression) are RESOURCE_EXHAUSTED; responses are not limited.
            grpc.MaxReceiveMessageSize = MaxReceiveMessageSize;
            grpc.MaxSendMessageSize = null;
            // gzip requests are accepted (grpc-dotnet's default providers: gzip and deflate); answers go uncompressed.
            // Compressing every answer for every caller that accepts gzip (ResponseCompressionAlgorithm = "gzip") costs
            // more CPU than the few hundred bytes of a typical answer save on a LAN.
            grpc.ResponseCompressionAlgorithm = null;
            grpc.Interceptors.Add<CallFaultInterceptor>();
        }).AddJsonTranscoding();
        RestApiDocument.AddServices(builder.Services);
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks(health =>
        {
            foreach (var service in GrpcServiceNames)
            {
                health.Services.Map(service, _ => true);
            }
        }).AddCheck<VocabularyHealthCheck>(VocabularyHealthCheck.Name);
        builder.Services.AddServiceAccess(options, GrpcServiceNames);
        builder.Services.AddCrossOriginAccess(options);

        var app = builder.Build();
        _ = app.Services.GetRequiredService<IVocabularySource>().Current;

        // A snapshot is served from here on: SERVING at once (the health checks publisher only runs after a delay).
        var health = app.Services.GetRequiredService<HealthServiceImpl>();
        var served = GrpcServiceNames.Prepend(string.Empty).ToArray();
        foreach (var service in served)
        {
            health.SetStatus(service, HealthCheckResponse.Types.ServingStatus.Serving);
        }

        // Draining: health checkers see NOT_SERVING as soon as shutdown begins. Registered before any Health/Watch call
        // starts, so it runs after the watches' own ApplicationStopping callbacks (LIFO) have ended them: each watcher
        // gets one NOT_SERVING (written by Grpc.AspNetCore.HealthChecks) and then the end of its stream, with OK.
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            foreach (var service in served)
            {
                health.SetStatus(service, HealthCheckResponse.Types.ServingStatus.NotServing);
            }
        });

        app.UseRouting();

        // CORS before gRPC-Web and authentication: a browser's preflight carries no token and is answered here.
        app.UseCrossOriginAccess(options);

        // gRPC-Web (application/grpc-web and application/grpc-web-text) for every gRPC service, so a browser or any
        // HTTP/1.1 client calls them on the HTTP port; the gRPC port answers it as well. The google.api.http routes of
        // the protos (JSON transcoding, /v1/...) are endpoints of the gRPC services, so they share their access policy.
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        RestApiDocument.Map(app);
        if (ServiceAccess.IsConfigured(options))
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.MapGrpcService<TerminologyGrpcService>().RequireServiceAccess(options, TerminologyService.Descriptor.FullName);
        app.MapGrpcService<FhirTranslationGrpcService>().RequireServiceAccess(options, FhirTranslationService.Descriptor.FullName);
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        HttpHealthEndpoint.Map(app);
        ReleaseNotesEndpoint.Map(app);
        app.MapFhirTerminology();
        app.MapVocabularySite();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TerminologyServer).FullName!);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            ServerLog.GrpcListening(logger, endpoints.Grpc.ToString(), endpoints.UsesTls ? "HTTP/2 + HTTP/1.1, TLS" : "HTTP/2 cleartext");
            ServerLog.HttpListening(logger, endpoints.Http.ToString(), endpoints.UsesTls ? "HTTP/1.1 + HTTP/2, TLS" : "HTTP/1.1");
            if (certificate is null && !System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(options.Address)))
            {
                ServerLog.CleartextOnNetwork(logger, options.Address);
            }
        });
        return app;
    }
}
