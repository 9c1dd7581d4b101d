namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>One random question: translate (scheme, code, target scheme).</summary>
internal sealed record TranslateCase(string Scheme, string Code, string Target);
