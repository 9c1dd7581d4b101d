namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>
/// A SKOS mapping between concepts of two schemes, with the curator's rationale (the <c>rdfs:comment</c> of its
/// <c>owl:Axiom</c> annotation). <see cref="Reversed"/> marks the same mapping read from its object's side.
/// </summary>
public sealed record ConceptMapping(
    Concept Subject,
    MappingRelation Relation,
    Concept Object,
    string? Rationale,
    IReadOnlyList<string> Sources,
    bool Reversed = false)
{
    /// <summary>The concept this mapping leads to, read from <see cref="From"/>.</summary>
    public Concept To => Reversed ? Subject : Object;

    /// <summary>The concept this mapping is read from.</summary>
    public Concept From => Reversed ? Object : Subject;

    /// <summary>Where the mapping triple was written (the lint reports at it).</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The same mapping read from the other side.</summary>
    public ConceptMapping Reverse() => this with { Reversed = !Reversed };
}
