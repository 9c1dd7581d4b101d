using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Terminology;

/// <summary>
/// The answer to "is this code (with this display) valid in this scheme?" (gRPC ValidateCode, FHIR
/// <c>$validate-code</c>, <c>tzsem validate-code</c>), with the message every edge shows.
/// </summary>
/// <param name="Status">The verdict.</param>
/// <param name="Scheme">The scheme validated against.</param>
/// <param name="Code">The code as given.</param>
/// <param name="Concept">The concept, when the code is known.</param>
/// <param name="Display">The display to use (for the requested languages), when the code is known.</param>
/// <param name="Message">
/// Why the code or display is not valid, or, for a valid deprecated concept, the deprecation notice naming its
/// replacements; null for a valid current concept.
/// </param>
public sealed record CodeValidation(
    CodeValidationStatus Status,
    ConceptScheme Scheme,
    string Code,
    Concept? Concept,
    string? Display,
    string? Message)
{
    /// <summary>Whether the code (and display) is valid. A deprecated concept is valid.</summary>
    public bool IsValid => Status == CodeValidationStatus.Valid;

    /// <summary>Whether the concept is <c>owl:deprecated</c>.</summary>
    public bool Deprecated => Concept?.Deprecated ?? false;
}
