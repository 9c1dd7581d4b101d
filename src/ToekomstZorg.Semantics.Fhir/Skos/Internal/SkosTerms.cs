using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Fhir.Skos.Internal;

/// <summary>The IRIs the vocabulary is written with (VOCAB-DESIGN.md).</summary>
internal static class SkosTerms
{
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    public static readonly Iri RdfType = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    public static readonly Iri ConceptScheme = new(Skos + "ConceptScheme");
    public static readonly Iri InScheme = new(Skos + "inScheme");
    public static readonly Iri Notation = new(Skos + "notation");
    public static readonly Iri PrefLabel = new(Skos + "prefLabel");
    public static readonly Iri AltLabel = new(Skos + "altLabel");
    public static readonly Iri Definition = new(Skos + "definition");
    public static readonly Iri Broader = new(Skos + "broader");
    public static readonly Iri Deprecated = new("http://www.w3.org/2002/07/owl#deprecated");
    public static readonly Iri AnnotatedSource = new("http://www.w3.org/2002/07/owl#annotatedSource");
    public static readonly Iri AnnotatedProperty = new("http://www.w3.org/2002/07/owl#annotatedProperty");
    public static readonly Iri AnnotatedTarget = new("http://www.w3.org/2002/07/owl#annotatedTarget");
    public static readonly Iri Comment = new("http://www.w3.org/2000/01/rdf-schema#comment");
    public static readonly Iri Source = new("http://purl.org/dc/terms/source");
    public static readonly Iri Modified = new("http://purl.org/dc/terms/modified");
    public static readonly Iri FalseFriendOf = new("https://w3id.org/toekomstzorg/def#falseFriendOf");
}
