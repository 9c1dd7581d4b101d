using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>One target concept of a translation, how it relates to the source, the path and why.</summary>
/// <param name="Target">The target concept (with its IRI).</param>
/// <param name="Equivalence">How the target relates to the source.</param>
/// <param name="Path">The mappings followed, from the source to the target.</param>
/// <param name="Warnings">Lossy-translation and false-friend warnings.</param>
internal sealed record TranslationAnswerMatch(
    ConceptReference Target,
    Equivalence Equivalence,
    IReadOnlyList<TranslationAnswerHop> Path,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The curators' rationales along the path, in order.</summary>
    public IReadOnlyList<string> Rationales => Path.Select(h => h.Rationale).OfType<string>().ToArray();

    /// <summary>The rationales joined (as the FHIR comment); null when there are none.</summary>
    public string? Comment => Rationales.Count == 0 ? null : string.Join(" | ", Rationales);

    /// <summary>The path as IRIs and properties: source, property, concept, property, target.</summary>
    public IReadOnlyList<string> PathSteps
    {
        get
        {
            if (Path.Count == 0)
            {
                return [Target.Iri ?? Target.ToString()];
            }

            var steps = new List<string> { Path[0].From.Iri ?? Path[0].From.ToString() };
            foreach (var hop in Path)
            {
                steps.Add(hop.Property);
                steps.Add(hop.To.Iri ?? hop.To.ToString());
            }

            return steps;
        }
    }
}
