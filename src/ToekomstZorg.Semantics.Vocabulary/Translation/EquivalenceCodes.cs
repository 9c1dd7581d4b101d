namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>The FHIR R4 codes of <see cref="Equivalence"/>.</summary>
public static class EquivalenceCodes
{
    /// <summary>The lower-case FHIR ConceptMapEquivalence code, e.g. <c>relatedto</c>.</summary>
    public static string ToFhirCode(this Equivalence equivalence) => equivalence switch
    {
        Equivalence.RelatedTo => "relatedto",
        Equivalence.Equivalent => "equivalent",
        Equivalence.Equal => "equal",
        Equivalence.Wider => "wider",
        Equivalence.Subsumes => "subsumes",
        Equivalence.Narrower => "narrower",
        Equivalence.Specializes => "specializes",
        Equivalence.Inexact => "inexact",
        Equivalence.Unmatched => "unmatched",
        Equivalence.Disjoint => "disjoint",
        _ => throw new ArgumentOutOfRangeException(nameof(equivalence), equivalence, null),
    };

    /// <summary>Parses a FHIR ConceptMapEquivalence code.</summary>
    public static bool TryParse(string code, out Equivalence equivalence)
    {
        foreach (var value in Enum.GetValues<Equivalence>())
        {
            if (string.Equals(value.ToFhirCode(), code, StringComparison.Ordinal))
            {
                equivalence = value;
                return true;
            }
        }

        equivalence = default;
        return false;
    }
}
