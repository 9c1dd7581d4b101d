using System.Diagnostics.CodeAnalysis;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>
/// The vocabulary as the FHIR translation sees it: which code systems are schemes of the vocabulary, and how a
/// code of one scheme translates into another. <see cref="FhirResourceTranslator"/> depends on this interface only,
/// so the engine is tested with a fake and runs over the real SKOS snapshot through an adapter.
/// Implementations must be thread-safe and immutable for their lifetime (one instance per vocabulary version).
/// </summary>
public interface ICodingTranslator
{
    /// <summary>The version of the vocabulary the translations come from (reported with every result).</summary>
    string VocabularyVersion { get; }

    /// <summary>
    /// Resolves a FHIR <c>Coding.system</c> (a scheme IRI such as <c>https://w3id.org/toekomstzorg/ggz</c>) or a
    /// scheme key (<c>ggz</c>) to the canonical system URI of a scheme of the vocabulary.
    /// </summary>
    /// <returns><see langword="false"/> when the system is not a scheme of the vocabulary.</returns>
    bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem);

    /// <summary>
    /// Translates <paramref name="code"/> of the canonical scheme <paramref name="system"/> into the canonical scheme
    /// <paramref name="targetSystem"/>. Both systems are values returned by <see cref="TryResolveSystem"/>.
    /// </summary>
    CodingTranslation Translate(string system, string code, string targetSystem);
}
