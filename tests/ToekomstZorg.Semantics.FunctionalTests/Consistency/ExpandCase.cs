namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>One random question: expand (scheme, filter, activeOnly).</summary>
internal sealed record ExpandCase(string Scheme, string Filter, bool ActiveOnly);
