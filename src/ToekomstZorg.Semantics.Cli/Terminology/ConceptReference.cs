namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>A concept as a line of output names it: <c>key:code</c> and its display.</summary>
/// <param name="SchemeKey">The scheme's key, e.g. <c>ggz</c>.</param>
/// <param name="System">The scheme IRI.</param>
/// <param name="Code">The concept's code.</param>
/// <param name="Display">The preferred label shown for it.</param>
/// <param name="Iri">The concept IRI; null where the answer does not show it (search results, mapping targets).</param>
internal sealed record ConceptReference(string SchemeKey, string System, string Code, string Display, string? Iri = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{SchemeKey}:{Code}";
}
