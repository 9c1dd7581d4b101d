using System.Runtime.InteropServices;

namespace ToekomstZorg.Semantics.Vocabulary.Lint.Internal;

/// <summary>
/// A table keyed by (language, text): one ordinal dictionary per language. A vocabulary has a handful of languages, so
/// a lookup hashes only the text, with the runtime's fast ordinal string hash (a tuple key would hash both strings with
/// the randomized default hash, and hold both in every entry). One table serves one scheme after the other
/// (<see cref="Clear"/>), so the dictionaries are allocated once for the largest scheme rather than once per scheme.
/// </summary>
internal sealed class LabelTable<TValue>(int capacity)
    where TValue : struct
{
    private readonly Dictionary<string, Dictionary<string, TValue>> _languages = new(StringComparer.Ordinal);
    private string? _lastLanguage;
    private Dictionary<string, TValue>? _last;

    /// <summary>Empties the table for the next scheme, keeping each language's dictionary and its capacity.</summary>
    public void Clear()
    {
        foreach (var table in _languages.Values)
        {
            table.Clear();
        }
    }

    /// <summary>The value stored for (language, text), added as default when there is none (<paramref name="exists"/> false).</summary>
    public ref TValue GetValueRefOrAddDefault(string language, string text, out bool exists)
    {
        if (!ReferenceEquals(language, _lastLanguage) || _last is null)
        {
            ref var table = ref CollectionsMarshal.GetValueRefOrAddDefault(_languages, language, out var known);
            if (!known)
            {
                // The first language usually has a label on every concept; later ones start small.
                table = new Dictionary<string, TValue>(_languages.Count == 1 ? capacity : 0, StringComparer.Ordinal);
            }

            (_lastLanguage, _last) = (language, table!);
        }

        return ref CollectionsMarshal.GetValueRefOrAddDefault(_last, text, out exists);
    }
}
