namespace ToekomstZorg.Semantics.Rdf.Terms;

/// <summary>A blank node. Its label only identifies it within one graph or document.</summary>
public sealed class BlankNode : RdfTerm
{
    /// <summary>Creates a blank node with the given label (without the <c>_:</c> prefix).</summary>
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    /// <summary>The label, without <c>_:</c>.</summary>
    public string Label { get; }

    /// <inheritdoc />
    public override RdfTermKind Kind => RdfTermKind.BlankNode;

    /// <inheritdoc />
    public override bool Equals(RdfTerm? other) => other is BlankNode b && string.Equals(Label, b.Label, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RdfTermKind.BlankNode, StringComparer.Ordinal.GetHashCode(Label));

    /// <inheritdoc />
    public override string ToString() => "_:" + Label;
}
