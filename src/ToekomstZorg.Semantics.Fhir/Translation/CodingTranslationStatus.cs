namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>The outcome of looking up one code in the vocabulary.</summary>
public enum CodingTranslationStatus
{
    /// <summary>The code has at least one target concept.</summary>
    Matched,

    /// <summary>The code is a concept of the source scheme but nothing in the target scheme is mapped to it.</summary>
    Unmatched,

    /// <summary>The code is not a concept of the source scheme.</summary>
    UnknownCode,
}
