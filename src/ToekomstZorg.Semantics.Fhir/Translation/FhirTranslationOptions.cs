namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>Limits and accepted input of <see cref="FhirResourceTranslator"/>.</summary>
public sealed class FhirTranslationOptions
{
    /// <summary>The default size limit: 4 MiB.</summary>
    public const int DefaultMaxResourceBytes = 4 * 1024 * 1024;

    /// <summary>The default nesting limit of JSON objects and arrays.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Largest accepted document in bytes; larger input fails with <see cref="FhirInputErrorKind.TooLarge"/>.</summary>
    public int MaxResourceBytes { get; init; } = DefaultMaxResourceBytes;

    /// <summary>Deepest accepted nesting of objects and arrays (the root object is level 1).</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The resource types accepted at the root of the document.</summary>
    public IReadOnlySet<string> AcceptedResourceTypes { get; init; } =
        new HashSet<string>(StringComparer.Ordinal) { "CarePlan", "CareTeam", "Goal", "Bundle" };

    /// <summary>Options with the defaults.</summary>
    public static FhirTranslationOptions Default { get; } = new();
}
