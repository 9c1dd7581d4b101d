namespace ToekomstZorg.Semantics.Vocabulary.Terminology;

/// <summary>The verdict of a code validation.</summary>
public enum CodeValidationStatus
{
    /// <summary>The code is a concept of the scheme and the display, if given, is a valid display of it.</summary>
    Valid,

    /// <summary>The code is not a concept of the scheme.</summary>
    UnknownCode,

    /// <summary>The code is a concept of the scheme but the display is not one of its valid displays.</summary>
    InvalidDisplay,
}
