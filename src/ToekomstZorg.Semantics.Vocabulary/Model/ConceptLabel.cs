namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>One lexical label of a concept.</summary>
public sealed record ConceptLabel(string Text, string Language, LabelKind Kind);
