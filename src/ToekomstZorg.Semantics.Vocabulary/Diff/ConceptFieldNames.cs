namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>Names of <see cref="ConceptField"/> as JSON and reports write them.</summary>
public static class ConceptFieldNames
{
    /// <summary>The snake-case name, e.g. <c>pref_label</c>.</summary>
    public static string ToName(this ConceptField field) => field switch
    {
        ConceptField.PrefLabel => "pref_label",
        ConceptField.AltLabel => "alt_label",
        ConceptField.HiddenLabel => "hidden_label",
        ConceptField.Definition => "definition",
        ConceptField.ScopeNote => "scope_note",
        ConceptField.EditorialNote => "editorial_note",
        ConceptField.Source => "source",
        ConceptField.Broader => "broader",
        ConceptField.Code => "code",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
