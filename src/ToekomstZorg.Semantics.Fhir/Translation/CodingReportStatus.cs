namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>What happened to one Coding of the input.</summary>
public enum CodingReportStatus
{
    /// <summary>Translated: target codings were written (see <see cref="CodingReport.Targets"/>).</summary>
    Translated,

    /// <summary>The coding is already in the target scheme; left as it is.</summary>
    AlreadyInTarget,

    /// <summary>The code exists in its scheme but has no mapping to the target scheme; left as it is.</summary>
    Unmapped,

    /// <summary>The system is a scheme of the vocabulary but the code is not one of its concepts; left as it is.</summary>
    UnknownCode,

    /// <summary>The system is not a scheme of the vocabulary; left as it is.</summary>
    UnknownSystem,

    /// <summary>The coding has no <c>system</c> or no <c>code</c> string; left as it is.</summary>
    Incomplete,
}
