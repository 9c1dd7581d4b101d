using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>One target coding of a translated input coding.</summary>
/// <param name="Match">What the vocabulary said (system, code, display, equivalence, path, rationales, warnings).</param>
/// <param name="Written">Whether the coding was written into the output (in ADD mode a target already present in the same CodeableConcept is not written twice).</param>
public sealed record CodingReportTarget(CodingMatch Match, bool Written)
{
    /// <summary>The target system.</summary>
    public string System => Match.System;

    /// <summary>The target code.</summary>
    public string Code => Match.Code;

    /// <summary>The target display.</summary>
    public string? Display => Match.Display;

    /// <summary>How the target relates to the source.</summary>
    public Equivalence Equivalence => Match.Equivalence;
}
