using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// Answers of one snapshot that depend on nothing but their key: a Lookup (per language list) and a Translate.
/// A snapshot never changes, so its answers never go stale; the cache lives and dies with the snapshot.
/// Cached messages are shared between calls and only ever read (serialisation does not mutate a message); a caller
/// that needs a field set clones first. Bounded, so a scan over every code cannot grow it without limit.
/// </summary>
internal sealed class ResponseCache
{
    private const int MaxEntries = 100_000;
    private static readonly ConditionalWeakTable<ServedVocabulary, ResponseCache> Caches = new();

    private readonly ConcurrentDictionary<(string Scheme, string Code, string Languages), LookupResponse> _lookups = new();
    private readonly ConcurrentDictionary<(string Scheme, string Code, string Target), TranslateResponse> _translations = new();

    public static ResponseCache Of(ServedVocabulary vocabulary) => Caches.GetValue(vocabulary, static _ => new ResponseCache());

    public LookupResponse Lookup(string scheme, string code, IReadOnlyList<string> languages, Func<LookupResponse> build) =>
        Get(_lookups, (scheme, code, languages.Count == 0 ? string.Empty : string.Join(',', languages)), build);

    public TranslateResponse Translate(string scheme, string code, string target, Func<TranslateResponse> build) =>
        Get(_translations, (scheme, code, target), build);

    private static TValue Get<TKey, TValue>(ConcurrentDictionary<TKey, TValue> entries, TKey key, Func<TValue> build)
        where TKey : notnull
    {
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = build();
        return entries.Count < MaxEntries ? entries.GetOrAdd(key, value) : value;
    }
}
