namespace ToekomstZorg.Semantics.Rdf.Turtle;

/// <summary>How <see cref="TurtleWriter"/> orders what it writes.</summary>
public sealed record TurtleWriterOptions
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    /// <summary>
    /// Subjects typed with one of these classes come first, in this order; the rest follow sorted by name.
    /// Default: ontologies, then concept schemes.
    /// </summary>
    public IReadOnlyList<string> LeadingTypes { get; init; } =
        ["http://www.w3.org/2002/07/owl#Ontology", Skos + "ConceptScheme", Skos + "Collection"];

    /// <summary>
    /// Predicates written first, in this order, after <c>rdf:type</c> (always first, as <c>a</c>); the rest
    /// follow sorted by name. Default: the labels, notation and definition, then the scheme and hierarchy.
    /// </summary>
    public IReadOnlyList<string> PredicateOrder { get; init; } =
    [
        Rdfs + "label", Skos + "prefLabel", Skos + "altLabel", Skos + "hiddenLabel", Skos + "notation",
        Skos + "definition", Skos + "scopeNote", Skos + "inScheme", Skos + "topConceptOf", Skos + "hasTopConcept",
        Skos + "broader", Skos + "narrower", Skos + "related",
    ];

    /// <summary>
    /// When true, several objects of one predicate are written as one object list (Turtle [8]
    /// <c>objectList</c>), the predicate once and the objects separated by <c>,</c> one per line. Default false:
    /// the predicate is repeated on every line, so each triple is exactly one line and adding or removing any
    /// triple is a one-line diff (with <c>,</c>, the last object's line changes with its neighbour).
    /// </summary>
    public bool ObjectLists { get; init; }
}
