using System.Collections;

namespace ToekomstZorg.Semantics.Grpc;

/// <summary>
/// gRPC custom metadata: ordered key/value pairs carried as HTTP/2 headers or trailers. Keys are lower-case ASCII;
/// keys ending in <c>-bin</c> carry binary values (base64 on the wire), all others printable ASCII strings.
/// </summary>
public sealed class Metadata : IReadOnlyList<Metadata.Entry>
{
    private readonly List<Entry> _entries = [];

    /// <summary>One metadata entry.</summary>
    /// <param name="Key">The lower-case key.</param>
    /// <param name="Value">The string value (for <c>-bin</c> keys: the base64 text).</param>
    public sealed record Entry(string Key, string Value)
    {
        /// <summary>True when the key ends in <c>-bin</c>.</summary>
        public bool IsBinary => Key.EndsWith(BinarySuffix, StringComparison.Ordinal);

        /// <summary>The decoded value of a binary entry.</summary>
        public byte[] ValueBytes => IsBinary ? DecodeBase64(Value) : System.Text.Encoding.ASCII.GetBytes(Value);
    }

    internal const string BinarySuffix = "-bin";

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public Entry this[int index] => _entries[index];

    /// <summary>Adds a string entry.</summary>
    public Metadata Add(string key, string value)
    {
        var normalized = NormalizeKey(key);
        if (normalized.EndsWith(BinarySuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Metadata key '{key}' ends in -bin: add a byte[] value.", nameof(key));
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"Metadata value for '{key}' must be printable ASCII.", nameof(value));
            }
        }

        _entries.Add(new Entry(normalized, value));
        return this;
    }

    /// <summary>Adds a binary entry; the key must end in <c>-bin</c>.</summary>
    public Metadata Add(string key, byte[] value)
    {
        var normalized = NormalizeKey(key);
        if (!normalized.EndsWith(BinarySuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Binary metadata key '{key}' must end in -bin.", nameof(key));
        }

        _entries.Add(new Entry(normalized, Convert.ToBase64String(value)));
        return this;
    }

    /// <summary>The first value for a key, or null.</summary>
    public string? GetValue(string key)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The decoded first value of a binary key, or null.</summary>
    public byte[]? GetValueBytes(string key) => GetValue(key) is { } value ? DecodeBase64(value) : null;

    /// <inheritdoc />
    public IEnumerator<Entry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void AddRaw(string key, string value) => _entries.Add(new Entry(key, value));

    // PROTOCOL-HTTP2.md: Header-Name → 1*( %x30-39 / %x61-7A / "_" / "-" / ".") ; 0-9 a-z _ - .
    private static string NormalizeKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var lower = key.ToLowerInvariant();
        foreach (var c in lower)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'z' or '_' or '-' or '.'))
            {
                throw new ArgumentException($"Metadata key '{key}' may hold only 0-9 a-z _ - .", nameof(key));
            }
        }

        if (lower.StartsWith("grpc-", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Metadata key '{key}': the grpc- prefix is reserved.", nameof(key));
        }

        return lower;
    }

    // Implementations must accept padded and unpadded base64.
    private static byte[] DecodeBase64(string value)
    {
        var padded = (value.Length % 4) switch
        {
            2 => value + "==",
            3 => value + "=",
            _ => value,
        };
        return Convert.FromBase64String(padded);
    }
}
