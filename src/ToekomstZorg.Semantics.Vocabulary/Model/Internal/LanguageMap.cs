using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Rdf.Graph;

namespace ToekomstZorg.Semantics.Vocabulary.Model.Internal;

/// <summary>The shared empty map of texts by language.</summary>
internal static class LanguageMap
{
    /// <summary>The map without entries, shared by every kind of text.</summary>
    public static readonly IReadOnlyDictionary<string, string> Empty = LanguageMap<HeldText>.Empty;
}

/// <summary>
/// Texts by language tag (a concept's preferred labels, definitions and scope notes; a scheme's titles) in the order
/// they were first added, looked up by a linear ordinal scan. A concept has one to a few languages: a scan of two or
/// three keys is as fast as a hash. The first two (tag, text) pairs are fields of the map and only a third language
/// on adds an array, so the common map is one object instead of a <see cref="Dictionary{TKey, TValue}"/> with its
/// buckets and entries, or even a map and an array (a 350 000-concept vocabulary holds a million of them, and every
/// object that survives the load is copied by the collections that run during it).
/// </summary>
/// <typeparam name="TText">
/// How a text is held: as a string (<see cref="HeldText"/>: labels and titles, read all the time), or as a literal the
/// graph decodes each time it is read (<see cref="GraphText"/>: definitions and scope notes, long texts that a load never
/// reads and a lookup reads one of; a 350 000-concept terminology's definitions would be some 80 MB as strings).
/// </typeparam>
internal sealed class LanguageMap<TText> : IReadOnlyDictionary<string, string>
    where TText : struct, ILanguageText
{
    /// <summary>The map without entries, shared.</summary>
    public static readonly LanguageMap<TText> Empty = new(default);

    private readonly string? _tag0, _tag1;
    private readonly TText _text0, _text1;

    // From the third pair on.
    private readonly (string Tag, TText Text)[]? _more;

    private LanguageMap(in Builder builder)
    {
        (_tag0, _text0, _tag1, _text1) = (builder.Tag0, builder.Text0, builder.Tag1, builder.Text1);
        _more = builder.More is { } more && builder.Count > 2 ? more[..(builder.Count - 2)] : null;
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
                yield return TextAt(i).Read();
            }
        }
    }

    /// <summary>The map of the pairs collected by a <see cref="Builder"/>.</summary>
    public static LanguageMap<TText> Of(ref Builder builder) => builder.Count == 0 ? Empty : new LanguageMap<TText>(builder);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? TextAt(index).Read() : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, string>(TagAt(i), TextAt(i).Read());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string TagAt(int index) => index switch
    {
        0 => _tag0!,
        1 => _tag1!,
        _ => _more![index - 2].Tag,
    };

    private TText TextAt(int index) => index switch
    {
        0 => _text0,
        1 => _text1,
        _ => _more![index - 2].Text,
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
        internal string? Tag0, Tag1;
        internal TText Text0, Text1;
        internal (string Tag, TText Text)[]? More;

        public int Count { get; private set; }

        public void Add(string language, TText text)
        {
            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(TagRef(i), language, StringComparison.Ordinal))
                {
                    ref var current = ref TextRef(i);
                    if (string.CompareOrdinal(text.Read(), current.Read()) < 0)
                    {
                        current = text;
                    }

                    return;
                }
            }

            if (Count >= 2 && (More is null || More.Length == Count - 2))
            {
                Array.Resize(ref More, Math.Max(2, 2 * (Count - 2)));
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

            return ref More![index - 2].Tag!;
        }

        [UnscopedRef]
        private ref TText TextRef(int index)
        {
            if (index == 0)
            {
                return ref Text0;
            }

            if (index == 1)
            {
                return ref Text1;
            }

            return ref More![index - 2].Text;
        }
    }
}

/// <summary>A text of a <see cref="LanguageMap{TText}"/>, however it is held.</summary>
internal interface ILanguageText
{
    /// <summary>The text.</summary>
    string Read();
}

/// <summary>A text held as a string.</summary>
internal readonly record struct HeldText(string Text) : ILanguageText
{
    public string Read() => Text;

    public static implicit operator HeldText(string text) => new(text);
}

/// <summary>A text left in the graph, decoded each time it is read (<see cref="StoredLiteral"/>).</summary>
internal readonly record struct GraphText(StoredLiteral Literal) : ILanguageText
{
    public string Read() => Literal.LexicalForm;

    public static implicit operator GraphText(StoredLiteral literal) => new(literal);
}
