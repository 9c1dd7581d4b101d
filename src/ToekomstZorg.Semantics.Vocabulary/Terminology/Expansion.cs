using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Terminology;

/// <summary>
/// The members of a scheme's value set (gRPC Expand, FHIR <c>ValueSet/$expand</c>, <c>tzsem expand</c>) that pass the
/// filter, in code order.
/// </summary>
/// <param name="Scheme">The expanded scheme.</param>
/// <param name="Filter">The filter text as given; empty for none.</param>
/// <param name="ActiveOnly">Whether deprecated concepts were left out.</param>
/// <param name="Concepts">The members, in code order.</param>
public sealed record Expansion(ConceptScheme Scheme, string Filter, bool ActiveOnly, IReadOnlyList<Concept> Concepts)
{
    /// <summary>Whether a filter with at least one word was applied.</summary>
    public bool IsFiltered => Search.SearchText.Words(Filter).Length > 0;
}
