using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Cli.Diff;

/// <summary>
/// <c>tzsem diff --format markdown</c>: what a curator pastes into a pull request (GitHub-flavoured Markdown): a
/// heading, the counts as a table, the impact as a table, then each section. Long sections stop at --max-rows with a
/// line saying how many more there are, so the comment stays under a forge's size limit.
/// </summary>
internal static class DiffReportMarkdown
{
    public static void Write(TextWriter o, VocabularyDiff diff, string oldName, string newName, int maxRows)
    {
        o.WriteLine($"## Vocabulary diff: `{oldName}` → `{newName}`");
        o.WriteLine();
        o.WriteLine($"Versions `{diff.OldVersion}` → `{diff.NewVersion}`.");
        o.WriteLine();
        if (diff.IsEmpty)
        {
            o.WriteLine("No semantic change: no concept, label, mapping or false friend differs, and no translation changes.");
            return;
        }

        o.WriteLine(diff.HasImpact
            ? $"**{diff.ImpactedTranslations} translation(s) change outcome** ({diff.Impact.Count} target(s) gained, lost or changed)."
            : "No translation changes outcome.");
        o.WriteLine();
        o.WriteLine("| | added | removed | changed |");
        o.WriteLine("| --- | ---: | ---: | ---: |");
        o.WriteLine($"| schemes | {diff.SchemesAdded.Count} | {diff.SchemesRemoved.Count} | |");
        o.WriteLine($"| concepts | {diff.ConceptsAdded.Count} | {diff.ConceptsRemoved.Count} | {diff.ConceptChanges.Count} field change(s) |");
        o.WriteLine($"| deprecated / reinstated | {diff.ConceptsDeprecated.Count} | {diff.ConceptsReinstated.Count} | |");
        o.WriteLine($"| mappings | {diff.MappingsAdded.Count} | {diff.MappingsRemoved.Count} | {diff.MappingsChanged.Count} |");
        o.WriteLine($"| false friends | {diff.FalseFriendsAdded.Count} | {diff.FalseFriendsRemoved.Count} | |");
        o.WriteLine($"| translation targets | {Count(diff, TranslationImpactKind.Gained)} | {Count(diff, TranslationImpactKind.Lost)} | {Count(diff, TranslationImpactKind.EquivalenceChanged) + Count(diff, TranslationImpactKind.WarningChanged)} |");

        Table(o, "Impact: translations whose outcome changes", ["source", "target", "equivalence", "change"], diff.Impact, maxRows,
            i => [Concept(i.Source), Concept(i.Target), DiffReportText.Equivalence(i), i.Kind.ToName().Replace('_', ' ')]);
        List(o, "Schemes added", diff.SchemesAdded, maxRows, s => $"`{s}`");
        List(o, "Schemes removed", diff.SchemesRemoved, maxRows, s => $"`{s}`");
        List(o, "Concepts added", diff.ConceptsAdded, maxRows, Concept);
        List(o, "Concepts removed", diff.ConceptsRemoved, maxRows, Concept);
        List(o, "Concepts deprecated", diff.ConceptsDeprecated, maxRows,
            d => Concept(d.Concept) + (d.ReplacedBy.Count == 0 ? " (no replacement)" : " → replaced by " + string.Join(", ", d.ReplacedBy.Select(Concept))));
        List(o, "Concepts reinstated", diff.ConceptsReinstated, maxRows, Concept);
        Table(o, "Concept changes", ["concept", "field", "language", "old", "new"], diff.ConceptChanges, maxRows,
            c => [Concept(c.Concept), c.Field.ToName(), c.Language ?? string.Empty, Cell(c.Old), Cell(c.New)]);
        Table(o, "Mappings added", ["subject", "relation", "object", "rationale"], diff.MappingsAdded, maxRows, Mapping);
        Table(o, "Mappings removed", ["subject", "relation", "object", "rationale"], diff.MappingsRemoved, maxRows, Mapping);
        Table(o, "Mappings changed", ["subject", "object", "relation", "rationale"], diff.MappingsChanged, maxRows,
            m => [Concept(m.New.Subject), Concept(m.New.Object),
                m.RelationChanged ? $"`{m.Old.Relation.LocalName()}` → `{m.New.Relation.LocalName()}`" : $"`{m.New.Relation.LocalName()}`",
                m.RationaleChanged ? $"{Cell(m.Old.Rationale)} → {Cell(m.New.Rationale)}" : Cell(m.New.Rationale)]);
        Table(o, "False friends added", ["concept", "concept", "rationale"], diff.FalseFriendsAdded, maxRows, f => [Concept(f.First), Concept(f.Second), Cell(f.Rationale)]);
        Table(o, "False friends removed", ["concept", "concept", "rationale"], diff.FalseFriendsRemoved, maxRows, f => [Concept(f.First), Concept(f.Second), Cell(f.Rationale)]);
    }

    private static int Count(VocabularyDiff diff, TranslationImpactKind kind) => diff.Impact.Count(i => i.Kind == kind);

    private static string[] Mapping(DiffMapping m) => [Concept(m.Subject), $"`{m.Relation.LocalName()}`", Concept(m.Object), Cell(m.Rationale)];

    private static string Concept(DiffConcept c) => c.IsInVocabulary ? $"`{c}` {Escape(c.Label)}" : $"<{c.Iri}>";

    private static string Cell(string? text) => text is null ? "–" : Escape(text);

    // A table cell is one line and a pipe ends it; backslash-escape the characters that would start Markdown syntax.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Table<T>(TextWriter o, string title, string[] headers, IReadOnlyList<T> items, int maxRows, Func<T, string[]> row)
    {
        if (items.Count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"### {title} ({items.Count})");
        o.WriteLine();
        o.WriteLine("| " + string.Join(" | ", headers) + " |");
        o.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
        var shown = maxRows > 0 ? Math.Min(maxRows, items.Count) : items.Count;
        for (var i = 0; i < shown; i++)
        {
            o.WriteLine("| " + string.Join(" | ", row(items[i])) + " |");
        }

        More(o, items.Count - shown);
    }

    private static void List<T>(TextWriter o, string title, IReadOnlyList<T> items, int maxRows, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"### {title} ({items.Count})");
        o.WriteLine();
        var shown = maxRows > 0 ? Math.Min(maxRows, items.Count) : items.Count;
        for (var i = 0; i < shown; i++)
        {
            o.WriteLine("- " + line(items[i]));
        }

        More(o, items.Count - shown);
    }

    private static void More(TextWriter o, int hidden)
    {
        if (hidden > 0)
        {
            o.WriteLine();
            o.WriteLine($"… and {hidden} more (`--max-rows 0` or `--format json` for all).");
        }
    }
}
