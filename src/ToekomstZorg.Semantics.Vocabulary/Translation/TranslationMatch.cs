using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>One target concept of a translation, with how it relates to the source and why.</summary>
public sealed record TranslationMatch(
    Concept Target,
    Equivalence Equivalence,
    IReadOnlyList<TranslationHop> Path,
    IReadOnlyList<string> Warnings,
    bool IsFalseFriend)
{
    /// <summary>The curators' rationales along the path, in order.</summary>
    public IReadOnlyList<string> Rationales => Path.Select(h => h.Rationale).OfType<string>().ToArray();

    /// <summary>The path as IRIs and properties: source, property, concept, property, target.</summary>
    public IReadOnlyList<string> PathSteps
    {
        get
        {
            if (Path.Count == 0)
            {
                return [Target.Iri];
            }

            var steps = new List<string> { Path[0].From.Iri };
            foreach (var hop in Path)
            {
                steps.Add(hop.Property);
                steps.Add(hop.To.Iri);
            }

            return steps;
        }
    }

    /// <summary>The rationales joined for a FHIR comment; null when there are none.</summary>
    public string? Comment => Rationales.Count == 0 ? null : string.Join(" | ", Rationales);

    /// <summary>True when meaning is lost or changed (anything but equivalent or equal).</summary>
    public bool IsLossy => Equivalence is not (Equivalence.Equivalent or Equivalence.Equal);
}
