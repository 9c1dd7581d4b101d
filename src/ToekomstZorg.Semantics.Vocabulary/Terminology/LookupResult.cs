using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Terminology;

/// <summary>
/// The answer to "what is this concept?" (gRPC Lookup, FHIR <c>$lookup</c>, <c>tzsem lookup</c>): the concept with its
/// display and definition picked for the requested languages, its designations in the one order every edge shows, its
/// hierarchy and its replacements resolved where the vocabulary has them.
/// </summary>
/// <param name="Concept">The concept.</param>
/// <param name="Display">The display for the requested languages (<see cref="Concept.Display(IReadOnlyList{string})"/>).</param>
/// <param name="Definition">The definition for the requested languages; null when there is none.</param>
/// <param name="Designations">
/// Every label: the preferred labels in ordinal order of their language tag, then the alternative labels, then the
/// hidden labels, each kind in vocabulary order. Each carries its language (empty when untagged) and its use (the kind).
/// </param>
/// <param name="ReplacedBy">The <c>dct:isReplacedBy</c> targets, in the order written.</param>
public sealed record LookupResult(
    Concept Concept,
    string Display,
    string? Definition,
    IReadOnlyList<ConceptLabel> Designations,
    IReadOnlyList<ConceptReplacement> ReplacedBy)
{
    /// <summary>The broader concepts in the same scheme.</summary>
    public IReadOnlyList<Concept> Broader => Concept.Broader;

    /// <summary>The narrower concepts in the same scheme, in code order.</summary>
    public IReadOnlyList<Concept> Narrower => Concept.Narrower;
}
