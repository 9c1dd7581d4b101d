using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Rdf.Graph;

namespace ToekomstZorg.Semantics.Vocabulary.Model.Internal;

/// <summary>
/// Texts by language tag whose texts stay in the graph (<see cref="StoredLiteral"/>) and are decoded when read: a
/// concept's definitions and scope notes, long texts that a load never reads (the lint asks only which languages there
/// are) and a lookup reads one of. A 350 000-concept terminology's definitions are some 80 MB as strings; here they are
/// the graph's bytes, which the snapshot keeps anyway. Same contract as <see cref="LanguageMap"/>: one text per
/// language (the ordinally smallest), in the order the languages were first added.
/// </summary>
internal sealed class StoredTextMap : IReadOnlyDictionary<string, string>
{
    private readonly string? _tag0, _tag1;
    private readonly StoredLiteral _text0, _text1;
    private readonly (string Tag, StoredLiteral Text)[]? _more;

    private StoredTextMap(in Builder builder)
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
                yield return TextAt(i).LexicalForm;
            }
        }
    }

    /// <summary>The map of the pairs collected by a <see cref="Builder"/>; the shared empty map when there are none.</summary>
    public static IReadOnlyDictionary<string, string> Of(ref Builder builder) => builder.Count == 0 ? LanguageMap.Empty : new StoredTextMap(builder);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? TextAt(index).LexicalForm : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, string>(TagAt(i), TextAt(i).LexicalForm);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string TagAt(int index) => index switch
    {
        0 => _tag0!,
        1 => _tag1!,
        _ => _more![index - 2].Tag,
    };

    private StoredLiteral TextAt(int index) => index switch
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
    /// Collects one text per language: the ordinally smallest, whatever order they come in (texts are decoded only to
    /// choose between two in one language, which the lint reports). Nothing is allocated until a third language.
    /// </summary>
    public struct Builder
    {
        internal string? Tag0, Tag1;
        internal StoredLiteral Text0, Text1;
        internal (string Tag, StoredLiteral Text)[]? More;

        public int Count { get; private set; }

        public void Add(string language, StoredLiteral text)
        {
            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(TagAt(i), language, StringComparison.Ordinal))
                {
                    if (string.CompareOrdinal(text.LexicalForm, TextAt(i).LexicalForm) < 0)
                    {
                        Set(i, language, text);
                    }

                    return;
                }
            }

            if (Count >= 2 && (More is null || More.Length == Count - 2))
            {
                Array.Resize(ref More, Math.Max(2, 2 * (Count - 2)));
            }

            Set(Count, language, text);
            Count++;
        }

        private readonly string TagAt(int index) => index switch
        {
            0 => Tag0!,
            1 => Tag1!,
            _ => More![index - 2].Tag,
        };

        private readonly StoredLiteral TextAt(int index) => index switch
        {
            0 => Text0,
            1 => Text1,
            _ => More![index - 2].Text,
        };

        private void Set(int index, string language, StoredLiteral text)
        {
            switch (index)
            {
                case 0:
                    (Tag0, Text0) = (language, text);
                    break;
                case 1:
                    (Tag1, Text1) = (language, text);
                    break;
                default:
                    More![index - 2] = (language, text);
                    break;
            }
        }
    }
}
