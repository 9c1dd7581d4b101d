namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>One random question: validate (scheme, code, display?).</summary>
internal sealed record ValidateCase(string Scheme, string Code, string? Display);
