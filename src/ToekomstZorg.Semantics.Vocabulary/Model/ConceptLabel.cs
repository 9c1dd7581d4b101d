namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>One lexical label of a concept.</summary>
public sealed record ConceptLabel(string Text, string Language, LabelKind Kind)
{
    /// <summary>
    /// Where the label was read: the index of its triple among the concept's properties in the graph
    /// (<see cref="Concept.GraphProperties"/>), or -1 when it was not read from a graph. Not part of the label's value:
    /// two labels with the same text, language and kind are equal wherever they were written.
    /// </summary>
    internal int PropertyIndex { get; init; } = -1;

    /// <inheritdoc />
    public bool Equals(ConceptLabel? other) =>
        other is not null && Text == other.Text && Language == other.Language && Kind == other.Kind;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Language, Kind);
}
