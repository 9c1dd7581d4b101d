namespace ToekomstZorg.Semantics.Vocabulary.Search;

/// <summary>How a label matched, strongest first.</summary>
public enum SearchMatchKind
{
    /// <summary>The whole label equals the query.</summary>
    ExactLabel,
    /// <summary>The label starts with the query.</summary>
    LabelPrefix,
    /// <summary>A word inside the label starts with the query.</summary>
    WordPrefix,
}
