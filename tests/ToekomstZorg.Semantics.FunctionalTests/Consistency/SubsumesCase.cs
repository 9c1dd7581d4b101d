namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>One random question: subsumes (scheme, code A, code B).</summary>
internal sealed record SubsumesCase(string Scheme, string CodeA, string CodeB);
