using Google.Protobuf;
using Google.Protobuf.Reflection;
using ToekomstZorg.Semantics.Grpc.Reflection.V1;

namespace ToekomstZorg.Semantics.Grpc.Server.Reflection;

/// <summary>
/// <c>grpc.reflection.v1.ServerReflection</c>: lists the registered services and returns the file descriptors
/// (with their dependencies) by file name or by symbol, so grpcurl, Postman and grpcui work without our .proto files.
/// </summary>
public sealed class GrpcReflectionService(GrpcServiceRegistry registry)
{
    /// <summary>The bidirectional ServerReflectionInfo RPC.</summary>
    public async Task ServerReflectionInfo(
        IAsyncStreamReader<ServerReflectionRequest> requests,
        IServerStreamWriter<ServerReflectionResponse> responses,
        ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            await responses.WriteAsync(Answer(requests.Current), context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Answers one reflection request.</summary>
    public ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        var files = Files();
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                var list = new ListServiceResponse();
                list.Service.AddRange(registry.Services.Select(s => new ServiceResponse { Name = s.FullName }));
                response.ListServicesResponse = list;
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                var file = files.FirstOrDefault(f => f.Name == request.FileByFilename);
                SetFile(response, file, $"File not found: {request.FileByFilename}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                SetFile(response, files.FirstOrDefault(f => Declares(f, request.FileContainingSymbol)), $"Symbol not found: {request.FileContainingSymbol}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                var typeName = request.AllExtensionNumbersOfType;
                if (files.Any(f => Declares(f, typeName)))
                {
                    response.AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = typeName };
                }
                else
                {
                    response.ErrorResponse = Error(StatusCode.NotFound, $"Type not found: {typeName}");
                }

                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                response.ErrorResponse = Error(StatusCode.NotFound, $"Extension not found: {request.FileContainingExtension.ContainingType}({request.FileContainingExtension.ExtensionNumber})");
                break;
            default:
                response.ErrorResponse = Error(StatusCode.InvalidArgument, "The reflection request names no question.");
                break;
        }

        return response;
    }

    private static void SetFile(ServerReflectionResponse response, FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            response.ErrorResponse = Error(StatusCode.NotFound, notFound);
            return;
        }

        // The file first, then everything it imports, transitively: a client can build the descriptor in one round.
        var answer = new FileDescriptorResponse();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<FileDescriptor>([file]);
        while (pending.TryDequeue(out var next))
        {
            if (seen.Add(next.Name))
            {
                answer.FileDescriptorProto.Add(next.SerializedData);
                foreach (var dependency in next.Dependencies)
                {
                    pending.Enqueue(dependency);
                }
            }
        }

        response.FileDescriptorResponse = answer;
    }

    private List<FileDescriptor> Files()
    {
        var files = new List<FileDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<FileDescriptor>(registry.Services.Select(s => s.File));
        while (pending.TryDequeue(out var file))
        {
            if (seen.Add(file.Name))
            {
                files.Add(file);
                foreach (var dependency in file.Dependencies)
                {
                    pending.Enqueue(dependency);
                }
            }
        }

        return files;
    }

    private static bool Declares(FileDescriptor file, string symbol)
    {
        foreach (var service in file.Services)
        {
            if (service.FullName == symbol || service.Methods.Any(m => m.FullName == symbol))
            {
                return true;
            }
        }

        return file.MessageTypes.Any(m => DeclaresMessage(m, symbol))
            || file.EnumTypes.Any(e => e.FullName == symbol);
    }

    private static bool DeclaresMessage(MessageDescriptor message, string symbol) =>
        message.FullName == symbol
        || message.NestedTypes.Any(n => DeclaresMessage(n, symbol))
        || message.EnumTypes.Any(e => e.FullName == symbol);

    private static ErrorResponse Error(StatusCode code, string message) =>
        new() { ErrorCode = (int)code, ErrorMessage = message };
}
