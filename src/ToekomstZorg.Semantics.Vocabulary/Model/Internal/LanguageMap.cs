using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ToekomstZorg.Semantics.Vocabulary.Model.Internal;

/// <summary>
/// Texts by language tag (a concept's preferred labels, definitions and scope notes; a scheme's titles) as one array of
/// (tag, text) pairs in the order they were first added, looked up by a linear ordinal scan. A concept has one to a few
/// languages: a scan of two or three keys is as fast as a hash, and the map is one object and one array instead of a
/// <see cref="Dictionary{TKey, TValue}"/> with its buckets and entries (a 350 000-concept vocabulary holds a million of them).
/// </summary>
internal sealed class LanguageMap : IReadOnlyDictionary<string, string>
{
    /// <summary>The map without entries, shared.</summary>
    public static readonly LanguageMap Empty = new([], 0);

    // Tag at 2i, text at 2i + 1.
    private readonly string[] _pairs;

    private LanguageMap(string[] pairs, int count)
    {
        _pairs = pairs;
        Count = count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No text in language '{key}'.");

    /// <inheritdoc />
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _pairs[2 * i];
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Values
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _pairs[(2 * i) + 1];
            }
        }
    }

    /// <summary>The map of the pairs collected by a <see cref="Builder"/>.</summary>
    public static LanguageMap Of(ref Builder builder) => builder.Count == 0 ? Empty : new LanguageMap(builder.Take(), builder.Count);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _pairs[(2 * index) + 1] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, string>(_pairs[2 * i], _pairs[(2 * i) + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_pairs[2 * i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Collects one text per language: the ordinally smallest, whatever order they come in (two in one language is a
    /// lint error, TZ004; the snapshot must still be the same for the same graph). A struct: nothing is allocated until
    /// the first text.
    /// </summary>
    public struct Builder
    {
        private string[]? _pairs;

        public int Count { get; private set; }

        public void Add(string language, string text)
        {
            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(_pairs![2 * i], language, StringComparison.Ordinal))
                {
                    if (string.CompareOrdinal(text, _pairs[(2 * i) + 1]) < 0)
                    {
                        _pairs[(2 * i) + 1] = text;
                    }

                    return;
                }
            }

            if (_pairs is null || _pairs.Length == 2 * Count)
            {
                Array.Resize(ref _pairs, Math.Max(2, 4 * Count));
            }

            _pairs[2 * Count] = language;
            _pairs[(2 * Count) + 1] = text;
            Count++;
        }

        // The pairs, trimmed to their count.
        internal string[] Take()
        {
            var pairs = _pairs!;
            if (pairs.Length != 2 * Count)
            {
                Array.Resize(ref pairs, 2 * Count);
            }

            _pairs = null;
            return pairs;
        }
    }
}
