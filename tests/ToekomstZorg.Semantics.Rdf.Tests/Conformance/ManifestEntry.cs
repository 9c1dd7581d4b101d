namespace ToekomstZorg.Semantics.Rdf.Tests.Conformance;

/// <summary>
/// One test of a W3C manifest. <see cref="Id"/> is the fragment of the test IRI (unique; two Turtle
/// entries share the <c>mf:name</c> "turtle-syntax-bad-num-05"), <see cref="Kind"/> the rdft: class
/// local name, the paths are local copies of the action and expected result.
/// </summary>
public sealed record ManifestEntry(string Id, string Name, string Kind, string ActionPath, string ActionIri, string? ResultPath);
