using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>The structured report of one Coding of the input: where it is, what it was, what it became.</summary>
/// <param name="Expression">FHIRPath of the coding in the input, e.g. <c>CarePlan.activity[0].detail.code.coding[0]</c>.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="SourceSystem">The input <c>Coding.system</c>, if a string.</param>
/// <param name="SourceCode">The input <c>Coding.code</c>, if a string.</param>
/// <param name="SourceDisplay">The input <c>Coding.display</c>, if a string.</param>
/// <param name="Targets">The target codings, best first (empty unless <see cref="CodingReportStatus.Translated"/>).</param>
/// <param name="ByteOffset">Zero-based byte offset of the Coding object in the input.</param>
/// <param name="Line">One-based line of the Coding object in the input.</param>
/// <param name="Column">One-based column (code points) of the Coding object in the input.</param>
public sealed record CodingReport(
    string Expression,
    CodingReportStatus Status,
    string? SourceSystem,
    string? SourceCode,
    string? SourceDisplay,
    IReadOnlyList<CodingReportTarget> Targets,
    long ByteOffset = 0,
    int Line = 0,
    int Column = 0)
{
    /// <summary>The vocabulary's answer this report came from, when there was one (it memoises the issue texts).</summary>
    internal Internal.CachedTranslation? Answer { get; init; }

    /// <summary>A stable code of what happened, for clients: <c>translated</c>, <c>lossy</c>, <c>false-friend</c>, <c>unmapped</c>, <c>unknown-code</c>, <c>unknown-system</c>, <c>incomplete</c>, <c>already-in-target</c>.</summary>
    public string OutcomeCode => Status switch
    {
        CodingReportStatus.Translated when HasFalseFriend => "false-friend",
        CodingReportStatus.Translated when IsLossy => "lossy",
        CodingReportStatus.Translated => "translated",
        CodingReportStatus.AlreadyInTarget => "already-in-target",
        CodingReportStatus.Unmapped => "unmapped",
        CodingReportStatus.UnknownCode => "unknown-code",
        CodingReportStatus.UnknownSystem => "unknown-system",
        _ => "incomplete",
    };

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
