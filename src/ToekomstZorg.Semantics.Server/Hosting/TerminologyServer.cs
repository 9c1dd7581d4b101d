using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Grpc.Server;
using ToekomstZorg.Semantics.Grpc.Server.Health;
using ToekomstZorg.Semantics.Server.FhirRest;
using ToekomstZorg.Semantics.Server.Hosting.Internal;
using ToekomstZorg.Semantics.Server.Internal;
using ToekomstZorg.Semantics.Server.Services;
using ToekomstZorg.Semantics.Server.Site;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;

namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>Builds the server: configuration, Kestrel endpoints, the vocabulary store and its watcher, and the routes.</summary>
public static class TerminologyServer
{
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
        builder.Services.AddGrpcLayer(grpc =>
        {
            foreach (var (service, token) in options.BearerTokens)
            {
                grpc.BearerTokens[service] = token;
            }
        });

        var app = builder.Build();
        _ = app.Services.GetRequiredService<IVocabularySource>().Current;

        // gRPC first: its middleware answers application/grpc requests and passes everything else to routing.
        app.UseGrpcLayer();
        app.MapGrpcService<TerminologyGrpcService>(TerminologyReflection.Descriptor.Services[0]);
        app.MapGrpcService<FhirTranslationGrpcService>(FhirReflection.Descriptor.Services[0]);
        app.MapGrpcHealthService();
        app.MapGrpcReflectionService();
        var health = app.Services.GetRequiredService<GrpcHealthService>();
        var served = new[] { string.Empty, TerminologyReflection.Descriptor.Services[0].FullName, FhirReflection.Descriptor.Services[0].FullName };
        foreach (var service in served)
        {
            health.SetStatus(service, Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        }

        // Draining: health checkers (and Health/Watch callers) see NOT_SERVING as soon as shutdown begins.
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            foreach (var service in served)
            {
                health.SetStatus(service, Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.NotServing);
            }

            // Health/Watch streams never end by themselves: end them now, or they would hold the drain to its timeout.
            health.EndWatches();
        });

        app.UseRouting();
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
