using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Grpc.Server.Health;
using ToekomstZorg.Semantics.Grpc.Server.Internal;
using ToekomstZorg.Semantics.Grpc.Server.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server;

/// <summary>Wires the gRPC layer into an ASP.NET Core (Kestrel) application.</summary>
public static class GrpcLayerExtensions
{
    /// <summary>Registers the layer's services: the registry, options, health and reflection.</summary>
    public static IServiceCollection AddGrpcLayer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GrpcServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton<GrpcServiceRegistry>();
        services.AddSingleton<GrpcHealthService>();
        services.AddSingleton<GrpcReflectionService>();
        services.AddSingleton<GrpcReflectionV1AlphaService>();
        return services;
    }

    /// <summary>Adds the gRPC middleware to the pipeline: gRPC requests are served here, others passed on.</summary>
    public static IApplicationBuilder UseGrpcLayer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<GrpcMiddleware>();
    }

    /// <summary>
    /// Serves <paramref name="service"/> with <typeparamref name="TService"/> (from DI, or created with its
    /// dependencies injected): each RPC is the public method of the same name.
    /// </summary>
    public static IApplicationBuilder MapGrpcService<TService>(this IApplicationBuilder app, ServiceDescriptor service)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(app);
        var implementation = ActivatorUtilities.GetServiceOrCreateInstance<TService>(app.ApplicationServices);
        app.ApplicationServices.GetRequiredService<GrpcServiceRegistry>().Add(service, implementation);
        return app;
    }

    /// <summary>Serves <c>grpc.health.v1.Health</c>.</summary>
    public static IApplicationBuilder MapGrpcHealthService(this IApplicationBuilder app) =>
        app.MapGrpcService<GrpcHealthService>(ToekomstZorg.Semantics.Grpc.Health.V1.HealthReflection.Descriptor.Services[0]);

    /// <summary>Serves server reflection, <c>grpc.reflection.v1</c> and <c>grpc.reflection.v1alpha</c>.</summary>
    public static IApplicationBuilder MapGrpcReflectionService(this IApplicationBuilder app) =>
        app.MapGrpcService<GrpcReflectionService>(ToekomstZorg.Semantics.Grpc.Reflection.V1.ReflectionReflection.Descriptor.Services[0])
            .MapGrpcService<GrpcReflectionV1AlphaService>(ToekomstZorg.Semantics.Grpc.Reflection.V1Alpha.ReflectionReflection.Descriptor.Services[0]);
}
