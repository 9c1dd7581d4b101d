namespace ToekomstZorg.Semantics.Vocabulary.Search;

/// <summary>How a concept matched, strongest first (the order in which results rank).</summary>
public enum SearchMatchKind
{
    /// <summary>The whole label equals the query.</summary>
    ExactLabel,
    /// <summary>The concept's code (<c>skos:notation</c>) equals the query; no label matched this well.</summary>
    Code,
    /// <summary>The label starts with the query.</summary>
    LabelPrefix,
    /// <summary>A word inside the label starts with the query ("zorgplanning" in "vroegtijdige zorgplanning").</summary>
    WordPrefix,
    /// <summary>Every word of the query starts a word of the label, in any order ("overleg multi").</summary>
    AllWords,
    /// <summary>The query occurs inside the label, e.g. the second half of a compound ("coordinatie" in "zorgcoördinatie").</summary>
    InsideLabel,
}
