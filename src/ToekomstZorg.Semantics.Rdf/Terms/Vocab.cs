namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>Well-known IRIs of the RDF and XSD vocabularies.</summary>
public static class Vocab
{
    /// <summary>The RDF namespace.</summary>
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The XML Schema datatypes namespace.</summary>
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static readonly Iri RdfType = new(Rdf + "type");
    public static readonly Iri RdfFirst = new(Rdf + "first");
    public static readonly Iri RdfRest = new(Rdf + "rest");
    public static readonly Iri RdfNil = new(Rdf + "nil");
    public static readonly Iri RdfLangString = new(Rdf + "langString");
    public static readonly Iri XsdString = new(Xsd + "string");
    public static readonly Iri XsdBoolean = new(Xsd + "boolean");
    public static readonly Iri XsdInteger = new(Xsd + "integer");
    public static readonly Iri XsdDecimal = new(Xsd + "decimal");
    public static readonly Iri XsdDouble = new(Xsd + "double");
    public static readonly Iri XsdDate = new(Xsd + "date");
    public static readonly Iri XsdDateTime = new(Xsd + "dateTime");
}
