using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The written answers of GET terminology operations, per vocabulary version. A version never changes, so the same
/// request (base URL, path, query and negotiated format) always gets the same answer: it is built and serialized once.
/// Only successful answers are kept, at most <see cref="MaxBytesPerVersion"/> per version, and they go with their
/// version. Care plans never pass here: resource <c>$translate</c> is a POST and is not memoised.
/// </summary>
internal static class OperationAnswers
{
    public const long MaxBytesPerVersion = 64L * 1024 * 1024;
    private const int MaxKeyLength = 2048;
    private static readonly ConditionalWeakTable<ServedVocabulary, Memo> Memos = new();

    /// <summary>The memo key of a GET request, or null when the request is not memoised.</summary>
    public static string? Key(HttpRequest request, FhirFormat format)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            return null;
        }

        var key = $"{format}|{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        return key.Length <= MaxKeyLength ? key : null;
    }

    public static bool TryGet(ServedVocabulary vocabulary, string key, out byte[] body) =>
        Memos.GetValue(vocabulary, _ => new Memo()).Answers.TryGetValue(key, out body!);

    public static void Add(ServedVocabulary vocabulary, string key, byte[] body)
    {
        var memo = Memos.GetValue(vocabulary, _ => new Memo());
        if (Interlocked.Add(ref memo.Bytes, body.Length) > MaxBytesPerVersion)
        {
            Interlocked.Add(ref memo.Bytes, -body.Length);
            return;
        }

        if (!memo.Answers.TryAdd(key, body))
        {
            Interlocked.Add(ref memo.Bytes, -body.Length);
        }
    }

    private sealed class Memo
    {
        public readonly ConcurrentDictionary<string, byte[]> Answers = new(StringComparer.Ordinal);
        public long Bytes;
    }
}
