using System.Buffers;
using System.Text.Unicode;

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

    /// <summary>
    /// Whether the lexical form is <paramref name="text"/> (ordinal), compared where the graph holds it: nothing is
    /// decoded into a new string. For finding which of a subject's literals is a given text.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is <c>default</c>.</exception>
    public bool LexicalFormEquals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = _graph is not null
            ? _graph.Terms.ValueOf(_id)
            : throw new InvalidOperationException("This StoredLiteral names no literal.");

        // A UTF-16 code unit takes one to three bytes of UTF-8.
        if (bytes.Length < text.Length || bytes.Length > 3 * text.Length)
        {
            return false;
        }

        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        return Utf8.ToUtf16(bytes, chars, out _, out var written) == OperationStatus.Done && chars[..written].SequenceEqual(text);
    }

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
