using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Cli.Diff;

/// <summary><c>tzsem diff --format text</c>: counts first, then each section, one line per change.</summary>
internal static class DiffReportText
{
    public static void Write(TextWriter o, VocabularyDiff diff, string oldName, string newName, int maxRows)
    {
        o.WriteLine($"{oldName} ({diff.OldVersion}) → {newName} ({diff.NewVersion})");
        o.WriteLine($"schemes:       +{diff.SchemesAdded.Count} -{diff.SchemesRemoved.Count}");
        o.WriteLine($"concepts:      +{diff.ConceptsAdded.Count} -{diff.ConceptsRemoved.Count}, {diff.ConceptsDeprecated.Count} deprecated, {diff.ConceptsReinstated.Count} reinstated, {diff.ConceptChanges.Count} field change(s)");
        o.WriteLine($"mappings:      +{diff.MappingsAdded.Count} -{diff.MappingsRemoved.Count} ~{diff.MappingsChanged.Count}");
        o.WriteLine($"false friends: +{diff.FalseFriendsAdded.Count} -{diff.FalseFriendsRemoved.Count}");
        o.WriteLine($"impact:        {diff.ImpactedTranslations} translation(s) change outcome, {diff.Impact.Count} target(s) ({diff.TranslationsCompared} recomputed)");
        if (diff.IsEmpty)
        {
            o.WriteLine("no semantic change");
            return;
        }

        Section(o, "Impact (translation outcomes that change)", diff.Impact, maxRows, i => $"  {i.Source} → {i.Target}  {Equivalence(i)}  [{i.Kind.ToName()}]  ({i.Source.Label} → {i.Target.Label})");
        Section(o, "Schemes added", diff.SchemesAdded, maxRows, s => $"  + {s}");
        Section(o, "Schemes removed", diff.SchemesRemoved, maxRows, s => $"  - {s}");
        Section(o, "Concepts added", diff.ConceptsAdded, maxRows, c => $"  + {c}  {c.Label}");
        Section(o, "Concepts removed", diff.ConceptsRemoved, maxRows, c => $"  - {c}  {c.Label}");
        Section(o, "Concepts deprecated", diff.ConceptsDeprecated, maxRows,
            d => $"  ! {d.Concept}  {d.Concept.Label}" + (d.ReplacedBy.Count == 0 ? "  (no replacement)" : $"  → replaced by {string.Join(", ", d.ReplacedBy)}"));
        Section(o, "Concepts reinstated (no longer deprecated)", diff.ConceptsReinstated, maxRows, c => $"  + {c}  {c.Label}");
        Section(o, "Concept changes", diff.ConceptChanges, maxRows,
            c => $"  ~ {c.Concept} {c.Field.ToName()}{(c.Language is null ? string.Empty : "@" + c.Language)}: {Quote(c.Old)} → {Quote(c.New)}");
        Section(o, "Mappings added", diff.MappingsAdded, maxRows, m => $"  + {m}");
        Section(o, "Mappings removed", diff.MappingsRemoved, maxRows, m => $"  - {m}");
        Section(o, "Mappings changed", diff.MappingsChanged, maxRows,
            m => $"  ~ {m.Old}" + (m.RelationChanged ? $" → skos:{m.New.Relation.LocalName()}" : string.Empty) + (m.RationaleChanged ? $"  rationale: {Quote(m.Old.Rationale)} → {Quote(m.New.Rationale)}" : string.Empty));
        Section(o, "False friends added", diff.FalseFriendsAdded, maxRows, f => $"  + {f.First} ≠ {f.Second}");
        Section(o, "False friends removed", diff.FalseFriendsRemoved, maxRows, f => $"  - {f.First} ≠ {f.Second}");
    }

    internal static string Equivalence(TranslationImpact impact) =>
        $"{impact.OldEquivalence?.ToFhirCode() ?? "(none)"} → {impact.NewEquivalence?.ToFhirCode() ?? "(none)"}"
        + (impact.Kind == TranslationImpactKind.WarningChanged ? impact.NewFalseFriend == true ? ", false-friend warning added" : ", false-friend warning removed" : string.Empty);

    private static string Quote(string? value) => value is null ? "(none)" : $"\"{value}\"";

    private static void Section<T>(TextWriter o, string title, IReadOnlyList<T> items, int maxRows, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"{title} ({items.Count})");
        var shown = maxRows > 0 ? Math.Min(maxRows, items.Count) : items.Count;
        for (var i = 0; i < shown; i++)
        {
            o.WriteLine(line(items[i]));
        }

        if (shown < items.Count)
        {
            o.WriteLine($"  … and {items.Count - shown} more (--max-rows 0 or --format json for all)");
        }
    }
}
