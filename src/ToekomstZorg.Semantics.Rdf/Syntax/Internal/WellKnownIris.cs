namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>UTF-8 spellings of the IRIs the readers produce themselves.</summary>
internal static class WellKnownIris
{
    public static readonly byte[] RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"u8.ToArray();
    public static readonly byte[] RdfFirst = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"u8.ToArray();
    public static readonly byte[] RdfRest = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"u8.ToArray();
    public static readonly byte[] RdfNil = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"u8.ToArray();
    public static readonly byte[] XsdInteger = "http://www.w3.org/2001/XMLSchema#integer"u8.ToArray();
    public static readonly byte[] XsdDecimal = "http://www.w3.org/2001/XMLSchema#decimal"u8.ToArray();
    public static readonly byte[] XsdDouble = "http://www.w3.org/2001/XMLSchema#double"u8.ToArray();
    public static readonly byte[] XsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean"u8.ToArray();
    public static readonly byte[] XsdString = "http://www.w3.org/2001/XMLSchema#string"u8.ToArray();
}
