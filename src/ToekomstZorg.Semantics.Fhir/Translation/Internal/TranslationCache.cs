using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Memoises system resolution and translations of one <see cref="ICodingTranslator"/> (one vocabulary version), with
/// each target Coding serialised once. Thread-safe. Bounded: past the limits, answers are computed but not kept, so
/// input full of made-up systems or codes cannot grow memory.
/// </summary>
internal sealed class TranslationCache
{
    private const int MaxSystems = 1024;
    private const int MaxTranslations = 65_536;

    private static readonly JsonWriterOptions BodyWriterOptions = new()
    {
        // Labels are Dutch (ë, é): write them as UTF-8, not \u escapes. The output is JSON, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ICodingTranslator _translator;
    private readonly ConcurrentDictionary<string, string?> _systems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TranslationKey, CachedTranslation> _translations = new();

    public TranslationCache(ICodingTranslator translator) => _translator = translator;

    public ICodingTranslator Translator => _translator;

    /// <summary>The canonical system of a vocabulary scheme, or null when <paramref name="system"/> is not one.</summary>
    public string? ResolveSystem(string system)
    {
        if (_systems.TryGetValue(system, out var canonical))
        {
            return canonical;
        }

        canonical = _translator.TryResolveSystem(system, out var resolved) ? resolved : null;
        if (_systems.Count < MaxSystems)
        {
            _systems.TryAdd(system, canonical);
        }

        return canonical;
    }

    public CachedTranslation Translate(string system, string code, string targetSystem)
    {
        var key = new TranslationKey(system, code, targetSystem);
        if (_translations.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var translation = _translator.Translate(system, code, targetSystem);
        cached = new CachedTranslation(translation, SerializeBodies(translation.Matches));
        if (_translations.Count < MaxTranslations)
        {
            _translations.TryAdd(key, cached);
        }

        return cached;
    }

    // FHIR R4 Coding, JSON property order of the spec: system, version, code, display, userSelected.
    private static byte[][] SerializeBodies(IReadOnlyList<CodingMatch> matches)
    {
        var bodies = new byte[matches.Count][];
        var buffer = new ArrayBufferWriter<byte>(256);
        for (var i = 0; i < matches.Count; i++)
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, BodyWriterOptions))
            {
                var match = matches[i];
                writer.WriteStartObject();
                writer.WriteString("system"u8, match.System);
                writer.WriteString("code"u8, match.Code);
                if (!string.IsNullOrEmpty(match.Display))
                {
                    writer.WriteString("display"u8, match.Display);
                }

                writer.WriteBoolean("userSelected"u8, false);
                writer.WriteEndObject();
            }

            bodies[i] = buffer.WrittenSpan[1..].ToArray();
        }

        return bodies;
    }
}
