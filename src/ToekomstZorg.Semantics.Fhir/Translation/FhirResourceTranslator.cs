using System.Text.Json;
using System.Text.Unicode;
using ToekomstZorg.Semantics.Fhir.Translation.Internal;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>
/// Translates the codings of a FHIR R4 resource (CarePlan, CareTeam, Goal, or a Bundle of them) from any scheme of
/// the vocabulary into one target scheme, and changes nothing else: every byte outside the written codings is
/// copied from the input. Thread-safe; create one per vocabulary version (it caches the vocabulary's answers).
/// </summary>
public sealed class FhirResourceTranslator
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly TranslationCache _cache;
    private readonly FhirTranslationOptions _options;
    private readonly JsonReaderOptions _readerOptions;

    /// <summary>Creates a translator over <paramref name="codings"/>.</summary>
    public FhirResourceTranslator(ICodingTranslator codings, FhirTranslationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(codings);
        _cache = new TranslationCache(codings);
        _options = options ?? FhirTranslationOptions.Default;
        if (_options.MaxDepth is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDepth, "MaxDepth must be between 1 and 1000.");
        }

        // The reader's own limit sits one above ours so that the walker, not the reader, reports the nesting.
        _readerOptions = new JsonReaderOptions
        {
            MaxDepth = _options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        };
    }

    /// <summary>The options in force.</summary>
    public FhirTranslationOptions Options => _options;

    /// <summary>The vocabulary version of the translations.</summary>
    public string VocabularyVersion => _cache.Translator.VocabularyVersion;

    /// <summary>
    /// Translates <paramref name="utf8Json"/> into the scheme <paramref name="targetScheme"/> (a scheme key such as
    /// <c>kern</c> or its system URI). Never throws for bad input: the result carries the error.
    /// </summary>
    /// <param name="utf8Json">The resource as UTF-8 JSON (a UTF-8 byte order mark is skipped).</param>
    /// <param name="targetScheme">The target scheme key or system URI.</param>
    /// <param name="mode">ADD (append) or REPLACE.</param>
    /// <param name="expectedResourceType">When set, the root must be this resource type (e.g. the gRPC <c>TranslateCarePlan</c> call).</param>
    public FhirTranslationResult Translate(ReadOnlySpan<byte> utf8Json, string targetScheme, TranslationMode mode = TranslationMode.Add, string? expectedResourceType = null)
    {
        ArgumentNullException.ThrowIfNull(targetScheme);
        var version = _cache.Translator.VocabularyVersion;
        string? targetSystem = null;
        if (utf8Json.Length > _options.MaxResourceBytes)
        {
            return Fail(TooLarge(utf8Json.Length));
        }

        if (_cache.Translator.TryResolveSystem(targetScheme, out var resolvedTarget))
        {
            targetSystem = resolvedTarget;
        }
        else
        {
            return Fail(new FhirInputError(FhirInputErrorKind.UnknownTargetScheme, $"The target '{Truncate(targetScheme)}' is not a scheme of the vocabulary (version {version})."));
        }

        var bom = utf8Json.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var input = utf8Json[bom..];
        if (!Utf8.IsValid(input))
        {
            return Fail(Positioned(FhirInputErrorKind.InvalidJson, "The document is not valid UTF-8.", input, JsonPosition.FirstInvalidUtf8(input), bom));
        }

        var run = TranslationRun.Rent(_cache, targetSystem, mode, _options.MaxDepth, bom);
        try
        {
            return Walk(input, run, expectedResourceType, version);
        }
        finally
        {
            run.Return();
        }

        FhirTranslationResult Fail(FhirInputError error) => FhirTranslationResult.Failure(error, null, targetSystem ?? targetScheme, mode, version);
    }

    private FhirTranslationResult Walk(ReadOnlySpan<byte> input, TranslationRun run, string? expectedResourceType, string version)
    {
        var (targetSystem, mode, bom) = (run.TargetSystem, run.Mode, run.OffsetBias);
        string? resourceType = null;
        var walker = new ResourceWalker(input, run, _readerOptions);
        try
        {
            if (!walker.ReadRootStart())
            {
                return Fail(resourceType, new FhirInputError(FhirInputErrorKind.InvalidResource, "The document is not a JSON object, so it is not a FHIR resource."));
            }

            resourceType = walker.PeekResourceType();
            if (resourceType is null)
            {
                walker.ValidateRemainder();
                return Fail(resourceType, new FhirInputError(FhirInputErrorKind.InvalidResource, "The resource has no resourceType (a string naming a FHIR resource type).", Expression: "resourceType"));
            }

            if (!_options.AcceptedResourceTypes.Contains(resourceType))
            {
                return Fail(resourceType, new FhirInputError(
                    FhirInputErrorKind.InvalidResource,
                    $"resourceType '{resourceType}' cannot be translated; expected one of {string.Join(", ", _options.AcceptedResourceTypes.Order(StringComparer.Ordinal))}.",
                    Expression: "resourceType"));
            }

            if (expectedResourceType is not null && !string.Equals(resourceType, expectedResourceType, StringComparison.Ordinal))
            {
                return Fail(resourceType, new FhirInputError(
                    FhirInputErrorKind.InvalidResource,
                    $"resourceType '{resourceType}' where a {expectedResourceType} is expected.",
                    Expression: "resourceType"));
            }

            run.RootType = resourceType;
            walker.WalkRoot();
        }
        catch (JsonException e)
        {
            var offset = JsonPosition.OffsetOf(input, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            return Fail(resourceType, Positioned(FhirInputErrorKind.InvalidJson, $"Invalid JSON: {ReaderReason(e.Message)}", input, offset, bom));
        }
        catch (UnpairedSurrogateException e)
        {
            return Fail(resourceType, Positioned(FhirInputErrorKind.InvalidJson, "Invalid JSON string: it escapes an unpaired UTF-16 surrogate (\\uD800-\\uDFFF without its pair).", input, e.ByteOffset, bom));
        }
        catch (NestingTooDeepException e)
        {
            return Fail(resourceType, Positioned(FhirInputErrorKind.NestingTooDeep, $"Objects and arrays are nested deeper than {_options.MaxDepth} levels.", input, e.ByteOffset, bom));
        }

        var output = ByteSplicer.Apply(input, run.Edits);
        var written = 0;
        foreach (var report in run.Reports)
        {
            foreach (var target in report.Targets)
            {
                written += target.Written ? 1 : 0;
            }
        }

        return FhirTranslationResult.Success(resourceType, output, run.Reports.ToArray(), targetSystem, mode, version, written);

        FhirTranslationResult Fail(string? type, FhirInputError error) => FhirTranslationResult.Failure(error, type, targetSystem, mode, version);
    }

    /// <summary>
    /// Reads <paramref name="utf8Json"/> to its end, at most <see cref="FhirTranslationOptions.MaxResourceBytes"/>
    /// (more yields <see cref="FhirInputErrorKind.TooLarge"/> without reading on), and translates it.
    /// I/O errors pass through.
    /// </summary>
    public async ValueTask<FhirTranslationResult> TranslateAsync(
        Stream utf8Json, string targetScheme, TranslationMode mode = TranslationMode.Add, string? expectedResourceType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var limit = _options.MaxResourceBytes;
        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
            }

            var read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > limit)
        {
            return FhirTranslationResult.Failure(TooLarge(null), null, targetScheme, mode, _cache.Translator.VocabularyVersion);
        }

        return Translate(buffer.AsSpan(0, length), targetScheme, mode, expectedResourceType);
    }

    private FhirInputError TooLarge(long? size) => new(
        FhirInputErrorKind.TooLarge,
        size is { } actual
            ? $"The document is {actual} bytes; the limit is {_options.MaxResourceBytes} bytes."
            : $"The document exceeds the limit of {_options.MaxResourceBytes} bytes.");

    private static FhirInputError Positioned(FhirInputErrorKind kind, string message, ReadOnlySpan<byte> input, long offset, int bom)
    {
        var (line, column) = JsonPosition.OfOffset(input, offset);
        return new FhirInputError(kind, message, offset + bom, line, column);
    }

    // Utf8JsonReader messages end in " LineNumber: n | BytePositionInLine: m."; our position replaces that. What is
    // left names at most the one offending character, never content around it.
    private static string ReaderReason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), "…");
}
