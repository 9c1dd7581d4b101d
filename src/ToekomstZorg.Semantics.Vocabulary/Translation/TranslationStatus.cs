namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>How a translation request came out.</summary>
public enum TranslationStatus
{
    /// <summary>At least one target concept was found.</summary>
    Matched,
    /// <summary>The source concept exists but nothing in the target scheme is mapped to it.</summary>
    Unmatched,
    /// <summary>The source system is not a scheme of the vocabulary.</summary>
    UnknownSystem,
    /// <summary>The source scheme has no concept with the code.</summary>
    UnknownCode,
    /// <summary>The target system is not a scheme of the vocabulary.</summary>
    UnknownTargetSystem,
}
