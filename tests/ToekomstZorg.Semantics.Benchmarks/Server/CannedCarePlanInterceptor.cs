using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ToekomstZorg.Semantics.Benchmarks.Server;

/// <summary>
/// The transport bound of TranslateCarePlan, for <c>scripts/grpc-canned.sh</c> only (never in the product): the first
/// TranslateCarePlan call is answered by the real handler, every later one with that same answer object, so the
/// server still does grpc-dotnet's call handling, the protobuf parse of the request and the serialisation of an answer
/// of the same size, but no JSON work at all. Other methods pass through. Loaded by <see cref="CannedCarePlanStartup"/>.
/// </summary>
internal sealed class CannedCarePlanInterceptor : Interceptor
{
    private const string CarePlanMethod = "/toekomstzorg.semantics.v1.FhirTranslationService/TranslateCarePlan";

    private object? _answer;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (!string.Equals(context.Method, CarePlanMethod, StringComparison.Ordinal))
        {
            return continuation(request, context);
        }

        return Volatile.Read(ref _answer) is TResponse canned ? Task.FromResult(canned) : FirstAsync(request, context, continuation);
    }

    private async Task<TResponse> FirstAsync<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        where TRequest : class
        where TResponse : class
    {
        var answer = await continuation(request, context).ConfigureAwait(false);
        if (Interlocked.CompareExchange(ref _answer, answer, null) is null)
        {
            Console.WriteLine("canned: TranslateCarePlan answers every later call with the first answer");
        }

        return answer;
    }
}
