using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Vocabulary.Skos;

/// <summary>The IRIs the vocabulary is written with (SKOS, Dublin Core, OWL axiom annotations, the project's own tz:).</summary>
public static class SkosIris
{
    /// <summary>The SKOS namespace.</summary>
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    /// <summary>The project's own namespace (vocab/tz.ttl).</summary>
    public const string Tz = "https://w3id.org/toekomstzorg/def#";

    /// <summary>Base of scheme and concept IRIs.</summary>
    public const string Base = "https://w3id.org/toekomstzorg/";

    /// <summary>rdf:type.</summary>
    public static readonly Iri Type = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    /// <summary>skos:ConceptScheme.</summary>
    public static readonly Iri ConceptScheme = new(Skos + "ConceptScheme");
    /// <summary>skos:Concept.</summary>
    public static readonly Iri Concept = new(Skos + "Concept");
    /// <summary>skos:inScheme.</summary>
    public static readonly Iri InScheme = new(Skos + "inScheme");
    /// <summary>skos:topConceptOf.</summary>
    public static readonly Iri TopConceptOf = new(Skos + "topConceptOf");
    /// <summary>skos:hasTopConcept.</summary>
    public static readonly Iri HasTopConcept = new(Skos + "hasTopConcept");
    /// <summary>skos:notation.</summary>
    public static readonly Iri Notation = new(Skos + "notation");
    /// <summary>skos:prefLabel.</summary>
    public static readonly Iri PrefLabel = new(Skos + "prefLabel");
    /// <summary>skos:altLabel.</summary>
    public static readonly Iri AltLabel = new(Skos + "altLabel");
    /// <summary>skos:hiddenLabel.</summary>
    public static readonly Iri HiddenLabel = new(Skos + "hiddenLabel");
    /// <summary>skos:definition.</summary>
    public static readonly Iri Definition = new(Skos + "definition");
    /// <summary>skos:scopeNote.</summary>
    public static readonly Iri ScopeNote = new(Skos + "scopeNote");
    /// <summary>skos:editorialNote.</summary>
    public static readonly Iri EditorialNote = new(Skos + "editorialNote");
    /// <summary>skos:broader.</summary>
    public static readonly Iri Broader = new(Skos + "broader");
    /// <summary>skos:narrower.</summary>
    public static readonly Iri Narrower = new(Skos + "narrower");
    /// <summary>skos:related.</summary>
    public static readonly Iri Related = new(Skos + "related");
    /// <summary>skos:exactMatch.</summary>
    public static readonly Iri ExactMatch = new(Skos + "exactMatch");
    /// <summary>skos:closeMatch.</summary>
    public static readonly Iri CloseMatch = new(Skos + "closeMatch");
    /// <summary>skos:broadMatch.</summary>
    public static readonly Iri BroadMatch = new(Skos + "broadMatch");
    /// <summary>skos:narrowMatch.</summary>
    public static readonly Iri NarrowMatch = new(Skos + "narrowMatch");
    /// <summary>skos:relatedMatch.</summary>
    public static readonly Iri RelatedMatch = new(Skos + "relatedMatch");
    /// <summary>owl:deprecated.</summary>
    public static readonly Iri Deprecated = new("http://www.w3.org/2002/07/owl#deprecated");
    /// <summary>owl:Axiom.</summary>
    public static readonly Iri Axiom = new("http://www.w3.org/2002/07/owl#Axiom");
    /// <summary>owl:annotatedSource.</summary>
    public static readonly Iri AnnotatedSource = new("http://www.w3.org/2002/07/owl#annotatedSource");
    /// <summary>owl:annotatedProperty.</summary>
    public static readonly Iri AnnotatedProperty = new("http://www.w3.org/2002/07/owl#annotatedProperty");
    /// <summary>owl:annotatedTarget.</summary>
    public static readonly Iri AnnotatedTarget = new("http://www.w3.org/2002/07/owl#annotatedTarget");
    /// <summary>rdfs:comment.</summary>
    public static readonly Iri Comment = new("http://www.w3.org/2000/01/rdf-schema#comment");
    /// <summary>dct:source.</summary>
    public static readonly Iri Source = new("http://purl.org/dc/terms/source");
    /// <summary>dct:isReplacedBy (on a deprecated concept: the concept to use instead).</summary>
    public static readonly Iri IsReplacedBy = new("http://purl.org/dc/terms/isReplacedBy");
    /// <summary>dct:modified.</summary>
    public static readonly Iri Modified = new("http://purl.org/dc/terms/modified");
    /// <summary>tz:falseFriendOf.</summary>
    public static readonly Iri FalseFriendOf = new(Tz + "falseFriendOf");

    /// <summary>tz:codeNamespace (on a reference scheme: the IRI prefix that, taken off a concept IRI, gives its code).</summary>
    public static readonly Iri CodeNamespace = new(Tz + "codeNamespace");

    /// <summary>The five SKOS mapping properties with their relation.</summary>
    public static IReadOnlyList<(Iri Iri, Model.MappingRelation Relation)> MappingProperties { get; } =
    [
        (ExactMatch, Model.MappingRelation.Exact), (CloseMatch, Model.MappingRelation.Close),
        (BroadMatch, Model.MappingRelation.Broad), (NarrowMatch, Model.MappingRelation.Narrow),
        (RelatedMatch, Model.MappingRelation.Related),
    ];
}
