using System.Buffers;
using System.Text.Json;
using ToekomstZorg.Semantics.Fhir.Translation.Internal;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>
/// The result of translating one FHIR resource: the translated resource (UTF-8 JSON), a structured report per input
/// Coding, and the same as a FHIR R4 OperationOutcome; or, for rejected input, an <see cref="FhirInputError"/> (also
/// available as an OperationOutcome). The gRPC service, the REST facade and the CLI all return this.
/// </summary>
public sealed class FhirTranslationResult
{
    private FhirTranslationResult(
        FhirInputError? error,
        string? resourceType,
        ReadOnlyMemory<byte> resource,
        IReadOnlyList<CodingReport> codings,
        string targetSystem,
        TranslationMode mode,
        string vocabularyVersion,
        int writtenCodings)
    {
        Error = error;
        ResourceType = resourceType;
        Resource = resource;
        Codings = codings;
        TargetSystem = targetSystem;
        Mode = mode;
        VocabularyVersion = vocabularyVersion;
        WrittenCodings = writtenCodings;
    }

    /// <summary>The input was a resource and was translated (possibly with lossy or unmapped codings).</summary>
    public bool Succeeded => Error is null;

    /// <summary>Why the input was rejected; <see langword="null"/> when <see cref="Succeeded"/>.</summary>
    public FhirInputError? Error { get; }

    /// <summary>The root <c>resourceType</c> of the input, when it was read.</summary>
    public string? ResourceType { get; }

    /// <summary>The translated resource as UTF-8 JSON; empty when the input was rejected.</summary>
    public ReadOnlyMemory<byte> Resource { get; }

    /// <summary>One report per Coding of the input, in document order (a coding nested in another coding's extension comes before it).</summary>
    public IReadOnlyList<CodingReport> Codings { get; }

    /// <summary>The canonical system URI of the target scheme (as requested when it was unknown).</summary>
    public string TargetSystem { get; }

    /// <summary>How targets were written.</summary>
    public TranslationMode Mode { get; }

    /// <summary>The vocabulary version the translation used.</summary>
    public string VocabularyVersion { get; }

    /// <summary>How many target codings were written into the output.</summary>
    public int WrittenCodings { get; }

    /// <summary>The OperationOutcome of this result as compact UTF-8 JSON (a valid FHIR R4 resource).</summary>
    public byte[] ToOperationOutcomeJson(bool indented = false) => OperationOutcomeWriter.ToArray(this, indented);

    /// <summary>
    /// The OperationOutcome of this result as compact JSON text: the characters of <see cref="ToOperationOutcomeJson"/>,
    /// for an API whose field is a string (the gRPC <c>FhirTranslateResponse.operation_outcome_json</c>), made without
    /// an intermediate byte array.
    /// </summary>
    public string ToOperationOutcomeJsonString() => OperationOutcomeWriter.ToText(this);

    /// <summary>
    /// The result as a FHIR R4 Parameters resource, the usual answer of a FHIR operation: parameter <c>return</c>
    /// holds the translated resource (its bytes verbatim) and <c>outcome</c> the OperationOutcome. A rejected input
    /// has only <c>outcome</c>.
    /// </summary>
    public byte[] ToParametersJson()
    {
        var buffer = new ArrayBufferWriter<byte>(Resource.Length + OperationOutcomeWriter.EstimatedSize(this));
        using (var writer = new Utf8JsonWriter(buffer, OperationOutcomeWriter.WriterOptions(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType"u8, "Parameters"u8);
            writer.WriteStartArray("parameter"u8);
            if (Succeeded)
            {
                writer.WriteStartObject();
                writer.WriteString("name"u8, "return"u8);
                writer.WritePropertyName("resource"u8);
                writer.WriteRawValue(Resource.Span, skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteStartObject();
            writer.WriteString("name"u8, "outcome"u8);
            writer.WritePropertyName("resource"u8);
            OperationOutcomeWriter.Write(writer, this);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the OperationOutcome of this result to <paramref name="writer"/>.</summary>
    public void WriteOperationOutcome(Utf8JsonWriter writer) => OperationOutcomeWriter.Write(writer, this);

    /// <summary>A one-line summary for people: counts per outcome, or the error with its position.</summary>
    public string Summary => OperationOutcomeWriter.Summarize(this);

    internal static FhirTranslationResult Success(
        string resourceType, ReadOnlyMemory<byte> resource, IReadOnlyList<CodingReport> codings,
        string targetSystem, TranslationMode mode, string vocabularyVersion, int writtenCodings) =>
        new(null, resourceType, resource, codings, targetSystem, mode, vocabularyVersion, writtenCodings);

    internal static FhirTranslationResult Failure(
        FhirInputError error, string? resourceType, string targetSystem, TranslationMode mode, string vocabularyVersion) =>
        new(error, resourceType, ReadOnlyMemory<byte>.Empty, [], targetSystem, mode, vocabularyVersion, 0);
}
