namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>How translated codings are written into a CodeableConcept.</summary>
public enum TranslationMode
{
    /// <summary>The original coding stays; the target codings are appended to the same <c>coding</c> array.</summary>
    Add,

    /// <summary>
    /// The original coding is swapped for its target codings; each carries the original in the extension
    /// <see cref="FhirExtensionUrls.OriginalCoding"/> (<c>valueCoding</c>), so nothing is lost.
    /// </summary>
    Replace,
}
