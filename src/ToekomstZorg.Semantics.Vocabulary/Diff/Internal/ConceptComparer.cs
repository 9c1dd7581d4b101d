using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

/// <summary>Concepts added, removed, deprecated, reinstated and changed field by field; identity is the IRI.</summary>
internal static class ConceptComparer
{
    public static ConceptChanges Compare(VocabularySnapshot oldVersion, VocabularySnapshot newVersion)
    {
        var added = new List<DiffConcept>();
        var removed = new List<DiffConcept>();
        var deprecated = new List<ConceptDeprecation>();
        var reinstated = new List<DiffConcept>();
        var fields = new List<ConceptFieldChange>();
        foreach (var concept in newVersion.Schemes.SelectMany(s => s.Concepts))
        {
            var before = oldVersion.FindByIri(concept.Iri);
            if (before is null)
            {
                added.Add(DiffConcept.Of(concept));
                continue;
            }

            if (Unchanged(before, concept))
            {
                continue;
            }

            var named = DiffConcept.Of(concept);
            if (concept.Deprecated && !before.Deprecated)
            {
                var replacements = concept.ReplacedBy
                    .Select(iri => newVersion.FindByIri(iri) is { } replacement ? DiffConcept.Of(replacement) : DiffConcept.External(iri))
                    .Order()
                    .ToArray();
                deprecated.Add(new ConceptDeprecation(named, replacements));
            }
            else if (!concept.Deprecated && before.Deprecated)
            {
                reinstated.Add(named);
            }

            CompareFields(named, before, concept, fields);
        }

        foreach (var concept in oldVersion.Schemes.SelectMany(s => s.Concepts))
        {
            if (newVersion.FindByIri(concept.Iri) is null)
            {
                removed.Add(DiffConcept.Of(concept));
            }
        }

        added.Sort();
        removed.Sort();
        reinstated.Sort();
        deprecated.Sort((a, b) => a.Concept.CompareTo(b.Concept));
        fields.Sort(CompareChanges);
        return new ConceptChanges(added, removed, deprecated, reinstated, fields);
    }

    // Most concepts do not change: compare everything the diff reports, in the order the snapshot holds it (the
    // loader's order is deterministic for the same triples), and only build the field-by-field diff when it differs.
    private static bool Unchanged(Concept before, Concept after) =>
        string.Equals(before.Code, after.Code, StringComparison.Ordinal)
        && before.Deprecated == after.Deprecated
        && SameDictionary(before.PrefLabels, after.PrefLabels)
        && SameDictionary(before.Definitions, after.Definitions)
        && SameDictionary(before.ScopeNotes, after.ScopeNotes)
        && SameList(before.Labels, after.Labels, (a, b) => a == b)
        && SameList(before.EditorialNotes, after.EditorialNotes, string.Equals)
        && SameList(before.Sources, after.Sources, string.Equals)
        && SameList(before.ReplacedBy, after.ReplacedBy, string.Equals)
        && SameList(before.Broader, after.Broader, (a, b) => string.Equals(a.Iri, b.Iri, StringComparison.Ordinal));

    private static bool SameDictionary(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameList<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> equal)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void CompareFields(DiffConcept named, Concept before, Concept after, List<ConceptFieldChange> changes)
    {
        if (!string.Equals(before.Code, after.Code, StringComparison.Ordinal))
        {
            changes.Add(new ConceptFieldChange(named, ConceptField.Code, null, before.Code, after.Code));
        }

        PerLanguage(named, ConceptField.PrefLabel, before.PrefLabels, after.PrefLabels, changes);
        LabelSets(named, ConceptField.AltLabel, LabelKind.Alternative, before, after, changes);
        LabelSets(named, ConceptField.HiddenLabel, LabelKind.Hidden, before, after, changes);
        PerLanguage(named, ConceptField.Definition, before.Definitions, after.Definitions, changes);
        PerLanguage(named, ConceptField.ScopeNote, before.ScopeNotes, after.ScopeNotes, changes);
        Sets(named, ConceptField.EditorialNote, null, before.EditorialNotes, after.EditorialNotes, changes);
        Sets(named, ConceptField.Source, null, before.Sources, after.Sources, changes);

        // Broader by IRI (the identity), reported as scheme:code.
        if (!before.Broader.Select(b => b.Iri).ToHashSet(StringComparer.Ordinal).SetEquals(after.Broader.Select(b => b.Iri)))
        {
            var oldIris = before.Broader.ToDictionary(b => b.Iri, b => b.ToString(), StringComparer.Ordinal);
            var newIris = after.Broader.ToDictionary(b => b.Iri, b => b.ToString(), StringComparer.Ordinal);
            foreach (var (_, name) in newIris.Where(n => !oldIris.ContainsKey(n.Key)))
            {
                changes.Add(new ConceptFieldChange(named, ConceptField.Broader, null, null, name));
            }

            foreach (var (_, name) in oldIris.Where(o => !newIris.ContainsKey(o.Key)))
            {
                changes.Add(new ConceptFieldChange(named, ConceptField.Broader, null, name, null));
            }
        }
    }

    private static void PerLanguage(
        DiffConcept named, ConceptField field, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, List<ConceptFieldChange> changes)
    {
        foreach (var (language, value) in after)
        {
            var old = before.GetValueOrDefault(language);
            if (!string.Equals(old, value, StringComparison.Ordinal))
            {
                changes.Add(new ConceptFieldChange(named, field, language, old, value));
            }
        }

        foreach (var (language, value) in before)
        {
            if (!after.ContainsKey(language))
            {
                changes.Add(new ConceptFieldChange(named, field, language, value, null));
            }
        }
    }

    private static void LabelSets(DiffConcept named, ConceptField field, LabelKind kind, Concept before, Concept after, List<ConceptFieldChange> changes)
    {
        var oldByLanguage = before.Labels.Where(l => l.Kind == kind).ToLookup(l => l.Language, l => l.Text, StringComparer.Ordinal);
        var newByLanguage = after.Labels.Where(l => l.Kind == kind).ToLookup(l => l.Language, l => l.Text, StringComparer.Ordinal);
        foreach (var language in oldByLanguage.Select(g => g.Key).Union(newByLanguage.Select(g => g.Key), StringComparer.Ordinal))
        {
            Sets(named, field, language, oldByLanguage[language].ToArray(), newByLanguage[language].ToArray(), changes);
        }
    }

    private static void Sets(
        DiffConcept named, ConceptField field, string? language, IReadOnlyList<string> before, IReadOnlyList<string> after, List<ConceptFieldChange> changes)
    {
        if (before.Count == 0 && after.Count == 0)
        {
            return;
        }

        var oldSet = before.ToHashSet(StringComparer.Ordinal);
        var newSet = after.ToHashSet(StringComparer.Ordinal);
        foreach (var value in newSet.Where(v => !oldSet.Contains(v)))
        {
            changes.Add(new ConceptFieldChange(named, field, language, null, value));
        }

        foreach (var value in oldSet.Where(v => !newSet.Contains(v)))
        {
            changes.Add(new ConceptFieldChange(named, field, language, value, null));
        }
    }

    private static int CompareChanges(ConceptFieldChange a, ConceptFieldChange b)
    {
        var c = a.Concept.CompareTo(b.Concept);
        if (c == 0)
        {
            c = a.Field.CompareTo(b.Field);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Language, b.Language);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Old, b.Old);
        }

        return c != 0 ? c : string.CompareOrdinal(a.New, b.New);
    }
}
