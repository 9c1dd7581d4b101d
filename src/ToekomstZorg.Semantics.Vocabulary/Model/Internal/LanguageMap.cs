using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ToekomstZorg.Semantics.Vocabulary.Model.Internal;

/// <summary>
/// Texts by language tag (a concept's preferred labels, definitions and scope notes; a scheme's titles) in the order
/// they were first added, looked up by a linear ordinal scan. A concept has one to a few languages: a scan of two or
/// three keys is as fast as a hash. The first two (tag, text) pairs are fields of the map and only a third language
/// on adds an array, so the common map is one object instead of a <see cref="Dictionary{TKey, TValue}"/> with its
/// buckets and entries, or even a map and an array (a 350 000-concept vocabulary holds a million of them, and every
/// object that survives the load is copied by the collections that run during it).
/// </summary>
internal sealed class LanguageMap : IReadOnlyDictionary<string, string>
{
    /// <summary>The map without entries, shared.</summary>
    public static readonly LanguageMap Empty = new(default);

    private readonly string? _tag0, _text0, _tag1, _text1;

    // From the third pair on: tag at 2i, text at 2i + 1 (i counted from the third pair).
    private readonly string[]? _more;

    private LanguageMap(in Builder builder)
    {
        (_tag0, _text0, _tag1, _text1) = (builder.Tag0, builder.Text0, builder.Tag1, builder.Text1);
        _more = builder.More is { } more && builder.Count > 2 ? more[..(2 * (builder.Count - 2))] : null;
        Count = builder.Count;
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
                yield return TagAt(i);
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
                yield return TextAt(i);
            }
        }
    }

    /// <summary>The map of the pairs collected by a <see cref="Builder"/>.</summary>
    public static LanguageMap Of(ref Builder builder) => builder.Count == 0 ? Empty : new LanguageMap(builder);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? TextAt(index) : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, string>(TagAt(i), TextAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string TagAt(int index) => index switch
    {
        0 => _tag0!,
        1 => _tag1!,
        _ => _more![2 * (index - 2)],
    };

    private string TextAt(int index) => index switch
    {
        0 => _text0!,
        1 => _text1!,
        _ => _more![(2 * (index - 2)) + 1],
    };

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(TagAt(i), key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Collects one text per language: the ordinally smallest, whatever order they come in (two in one language is a
    /// lint error, TZ004; the snapshot must still be the same for the same graph). A struct with room for two
    /// languages: nothing is allocated until a third.
    /// </summary>
    public struct Builder
    {
        internal string? Tag0, Text0, Tag1, Text1;
        internal string[]? More;

        public int Count { get; private set; }

        public void Add(string language, string text)
        {
            for (var i = 0; i < Count; i++)
            {
                ref var tag = ref TagRef(i);
                if (string.Equals(tag, language, StringComparison.Ordinal))
                {
                    ref var current = ref TextRef(i);
                    if (string.CompareOrdinal(text, current) < 0)
                    {
                        current = text;
                    }

                    return;
                }
            }

            if (Count >= 2 && (More is null || More.Length == 2 * (Count - 2)))
            {
                Array.Resize(ref More, Math.Max(2, 4 * (Count - 2)));
            }

            TagRef(Count) = language;
            TextRef(Count) = text;
            Count++;
        }

        [UnscopedRef]
        private ref string? TagRef(int index)
        {
            if (index == 0)
            {
                return ref Tag0;
            }

            if (index == 1)
            {
                return ref Tag1;
            }

            return ref More![2 * (index - 2)]!;
        }

        [UnscopedRef]
        private ref string? TextRef(int index)
        {
            if (index == 0)
            {
                return ref Text0;
            }

            if (index == 1)
            {
                return ref Text1;
            }

            return ref More![(2 * (index - 2)) + 1]!;
        }
    }
}
