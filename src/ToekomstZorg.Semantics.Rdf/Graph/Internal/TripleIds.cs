namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>A triple as three term ids. A slot whose subject is -1 has been removed.</summary>
internal readonly record struct TripleIds(int S, int P, int O)
{
    public static TripleIds Removed => new(-1, -1, -1);

    public bool IsRemoved => S < 0;
}
