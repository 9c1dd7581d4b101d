using System.Reflection;
using Google.Protobuf.Reflection;

namespace ToekomstZorg.Semantics.Grpc.Server.Internal;

/// <summary>
/// Binds the methods of a generated <see cref="ServiceDescriptor"/> to the public instance methods of the same name
/// on a service object, by call shape. Adding an RPC to the .proto means adding one such method.
/// </summary>
internal static class MethodBinder
{
    public static IEnumerable<ServerMethod> Bind(ServiceDescriptor service, object instance)
    {
        var type = instance.GetType();
        foreach (var method in service.Methods)
        {
            var requestType = method.InputType.ClrType;
            var responseType = method.OutputType.ClrType;
            var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name == method.Name)
                .ToList();
            if (candidates.Count == 0)
            {
                yield return new UnimplementedServerMethod(method);
                continue;
            }

            var (delegateType, methodType) = Shape(method, requestType, responseType);
            var bound = candidates
                .Select(m => Delegate.CreateDelegate(delegateType, instance, m, throwOnBindFailure: false))
                .FirstOrDefault(d => d is not null)
                ?? throw new InvalidOperationException(
                    $"{type.Name}.{method.Name} does not have the signature of {method.FullName}: expected {Describe(delegateType)}.");
            yield return (ServerMethod)Activator.CreateInstance(methodType, method, bound)!;
        }
    }

    private static (Type DelegateType, Type MethodType) Shape(MethodDescriptor method, Type request, Type response)
    {
        var context = typeof(ServerCallContext);
        var reader = typeof(IAsyncStreamReader<>).MakeGenericType(request);
        var writer = typeof(IServerStreamWriter<>).MakeGenericType(response);
        var taskOfResponse = typeof(Task<>).MakeGenericType(response);
        return (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => (
                typeof(Func<,,>).MakeGenericType(request, context, taskOfResponse),
                typeof(UnaryServerMethod<,>).MakeGenericType(request, response)),
            (false, true) => (
                typeof(Func<,,,>).MakeGenericType(request, writer, context, typeof(Task)),
                typeof(ServerStreamingServerMethod<,>).MakeGenericType(request, response)),
            (true, false) => (
                typeof(Func<,,>).MakeGenericType(reader, context, taskOfResponse),
                typeof(ClientStreamingServerMethod<,>).MakeGenericType(request, response)),
            (true, true) => (
                typeof(Func<,,,>).MakeGenericType(reader, writer, context, typeof(Task)),
                typeof(DuplexServerMethod<,>).MakeGenericType(request, response)),
        };
    }

    private static string Describe(Type delegateType)
    {
        var arguments = delegateType.GetGenericArguments();
        static string Name(Type t) => t.IsGenericType
            ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>"
            : t.Name;
        return $"{Name(arguments[^1])} ({string.Join(", ", arguments[..^1].Select(Name))})";
    }
}
