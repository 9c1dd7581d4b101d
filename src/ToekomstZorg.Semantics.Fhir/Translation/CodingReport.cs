using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>The structured report of one Coding of the input: where it is, what it was, what it became.</summary>
/// <param name="Expression">FHIRPath of the coding in the input, e.g. <c>CarePlan.activity[0].detail.code.coding[0]</c>.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="SourceSystem">The input <c>Coding.system</c>, if a string.</param>
/// <param name="SourceCode">The input <c>Coding.code</c>, if a string.</param>
/// <param name="SourceDisplay">The input <c>Coding.display</c>, if a string.</param>
/// <param name="Targets">The target codings, best first (empty unless <see cref="CodingReportStatus.Translated"/>).</param>
public sealed record CodingReport(
    string Expression,
    CodingReportStatus Status,
    string? SourceSystem,
    string? SourceCode,
    string? SourceDisplay,
    IReadOnlyList<CodingReportTarget> Targets)
{
    /// <summary>The equivalence of the best target, or <see cref="Equivalence.Unmatched"/> when there is none.</summary>
    public Equivalence Equivalence => Targets.Count > 0 ? Targets[0].Equivalence : Equivalence.Unmatched;

    /// <summary>Translated, but at least one target is not <c>equivalent</c>/<c>equal</c>.</summary>
    public bool IsLossy => Status == CodingReportStatus.Translated && Targets.Any(t => t.Match.IsLossy);

    /// <summary>At least one target is a false friend of the source.</summary>
    public bool HasFalseFriend => Targets.Any(t => t.Match.IsFalseFriend);

    /// <summary>All warnings of all targets.</summary>
    public IEnumerable<string> Warnings => Targets.SelectMany(t => t.Match.Warnings);

    /// <summary>Whether this coding deserves an OperationOutcome issue (unmapped, lossy, false friend, unknown).</summary>
    public bool IsReportable => Status switch
    {
        CodingReportStatus.Translated => IsLossy || HasFalseFriend || Targets.Any(t => t.Match.Warnings.Count > 0),
        CodingReportStatus.AlreadyInTarget => false,
        _ => true,
    };
}
