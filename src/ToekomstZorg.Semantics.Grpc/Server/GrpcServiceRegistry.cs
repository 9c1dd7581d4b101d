using System.Collections.Concurrent;
using Google.Protobuf.Reflection;
using ToekomstZorg.Semantics.Grpc.Protocol;
using ToekomstZorg.Semantics.Grpc.Server.Internal;

namespace ToekomstZorg.Semantics.Grpc.Server;

/// <summary>The services the layer serves, by method path; reflection lists them.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, ServerMethod> _methods = new(StringComparer.Ordinal);
    private readonly List<ServiceDescriptor> _services = [];
    private readonly Lock _lock = new();

    /// <summary>The registered services, in registration order.</summary>
    public IReadOnlyList<ServiceDescriptor> Services
    {
        get
        {
            lock (_lock)
            {
                return [.. _services];
            }
        }
    }

    /// <summary>
    /// Serves <paramref name="service"/> with the public methods of <paramref name="implementation"/> named after its
    /// RPCs. Throws <see cref="InvalidOperationException"/> when a method has the wrong signature.
    /// </summary>
    public void Add(ServiceDescriptor service, object implementation)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(implementation);
        var methods = MethodBinder.Bind(service, implementation).ToList();
        lock (_lock)
        {
            if (_services.Any(s => s.FullName == service.FullName))
            {
                throw new InvalidOperationException($"Service {service.FullName} is already registered.");
            }

            _services.Add(service);
            foreach (var method in methods)
            {
                _methods[GrpcProtocol.MethodPath(method.Descriptor)] = method;
            }
        }
    }

    internal bool TryGetMethod(string path, out ServerMethod method) => _methods.TryGetValue(path, out method!);
}
