namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>
/// A literal kept where the graph holds it (<see cref="SubjectProperties.TryGetStoredLiteral"/>): its lexical form is
/// decoded each time it is read, and nothing is cached. The graph's terms are never removed, so the handle stays valid
/// as long as the graph lives, also if triples are added or removed; reading it is safe from several threads.
/// </summary>
public readonly struct StoredLiteral : IEquatable<StoredLiteral>
{
    private readonly RdfGraph? _graph;
    private readonly int _id;

    internal StoredLiteral(RdfGraph graph, int id) => (_graph, _id) = (graph, id);

    /// <summary>Whether the handle names a literal (false for <c>default</c>).</summary>
    public bool IsValid => _graph is not null;

    /// <summary>The lexical form, decoded from the graph.</summary>
    /// <exception cref="InvalidOperationException">The handle is <c>default</c>.</exception>
    public string LexicalForm =>
        _graph is not null && _graph.Terms.TryGetLiteralText(_id, out var text, out _)
            ? text
            : throw new InvalidOperationException("This StoredLiteral names no literal.");

    /// <inheritdoc />
    public bool Equals(StoredLiteral other) => ReferenceEquals(_graph, other._graph) && _id == other._id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StoredLiteral other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_graph, _id);

    /// <summary>Whether two handles name the same literal of the same graph.</summary>
    public static bool operator ==(StoredLiteral left, StoredLiteral right) => left.Equals(right);

    /// <summary>Whether two handles name different literals.</summary>
    public static bool operator !=(StoredLiteral left, StoredLiteral right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => IsValid ? LexicalForm : string.Empty;
}
