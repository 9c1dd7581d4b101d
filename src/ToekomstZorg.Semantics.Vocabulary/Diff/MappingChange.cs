namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>A mapping between the same two concepts whose relation or rationale changed.</summary>
public sealed record MappingChange(DiffMapping Old, DiffMapping New)
{
    /// <summary>Whether the relation changed (otherwise only the rationale did).</summary>
    public bool RelationChanged => Old.Relation != New.Relation;

    /// <summary>Whether the rationale changed.</summary>
    public bool RationaleChanged => !string.Equals(Old.Rationale, New.Rationale, StringComparison.Ordinal);
}
