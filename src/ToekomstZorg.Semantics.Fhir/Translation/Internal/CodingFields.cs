namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>The <c>system</c>, <c>code</c> and <c>display</c> strings captured while walking a Coding object.</summary>
internal struct CodingFields
{
    public string? System;
    public string? Code;
    public string? Display;
}
