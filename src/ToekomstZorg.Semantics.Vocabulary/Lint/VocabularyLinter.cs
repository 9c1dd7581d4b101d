using System.Text.RegularExpressions;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search.Internal;
using ToekomstZorg.Semantics.Vocabulary.Skos;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>
/// Checks a loaded vocabulary against <see cref="LintRules"/>. Each finding is placed at the triple that causes it
/// (or, for something missing, where the concept is declared), so a curator can jump to the line.
/// </summary>
public sealed partial class VocabularyLinter(RdfGraph graph, VocabularySnapshot snapshot)
{
    private static readonly Iri[] ReferenceProperties =
    [
        SkosIris.InScheme, SkosIris.TopConceptOf, SkosIris.Broader, SkosIris.Narrower, SkosIris.Related,
        SkosIris.ExactMatch, SkosIris.CloseMatch, SkosIris.BroadMatch, SkosIris.NarrowMatch, SkosIris.RelatedMatch, SkosIris.FalseFriendOf,
        SkosIris.IsReplacedBy,
    ];

    private const string Dct = "http://purl.org/dc/terms/";

    private readonly List<LintDiagnostic> _diagnostics = [];

    /// <summary>Runs every rule; findings ordered by file, line and column.</summary>
    public IReadOnlyList<LintDiagnostic> Run()
    {
        CheckReferences();
        CheckConceptsInScheme();
        foreach (var scheme in snapshot.Schemes)
        {
            CheckScheme(scheme);
            foreach (var concept in scheme.Concepts)
            {
                CheckConcept(concept);
            }
        }

        CheckCycles();
        CheckMappings();
        CheckSameLabels();
        return _diagnostics
            .OrderBy(d => d.Location?.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Rule.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private void Report(LintRule rule, string message, SourceLocation? location) => _diagnostics.Add(new LintDiagnostic(rule, message, location));

    private SourceLocation? At(Triple triple, bool atObject = false) =>
        graph.SourceOf(triple) is { } source
            ? new SourceLocation(source.SourceName ?? "<input>",
                atObject ? source.Position.Object.Line : source.Position.Subject.Line,
                atObject ? source.Position.Object.Column : source.Position.Subject.Column)
            : null;

    private void CheckReferences()
    {
        foreach (var property in ReferenceProperties)
        {
            foreach (var triple in graph.Match(null, property))
            {
                foreach (var (term, atObject) in new[] { (triple.Subject, false), (triple.Object, true) })
                {
                    if (term is Iri iri && iri.Value.StartsWith(SkosIris.Base, StringComparison.Ordinal)
                        && !iri.Value.StartsWith(SkosIris.Tz, StringComparison.Ordinal)
                        && snapshot.FindByIri(iri.Value) is null && !snapshot.TryGetScheme(iri.Value, out _))
                    {
                        Report(LintRules.UndefinedReference, $"{iri.Value} is used with {Local(property)} but no file defines it.", At(triple, atObject));
                    }
                }
            }
        }
    }

    private void CheckConceptsInScheme()
    {
        foreach (var triple in graph.Match(null, SkosIris.Type, SkosIris.Concept))
        {
            if (triple.Subject is Iri iri && snapshot.FindByIri(iri.Value) is null)
            {
                Report(LintRules.ConceptInNoScheme, $"{iri.Value} is a skos:Concept but has no skos:inScheme to a declared scheme.", At(triple));
            }
        }
    }

    private void CheckScheme(ConceptScheme scheme)
    {
        if (!scheme.Titles.ContainsKey("nl"))
        {
            Report(LintRules.MissingDutchPrefLabel, $"Scheme {scheme.Key} has no skos:prefLabel in nl.", scheme.Location);
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var labels = new Dictionary<(string Language, string Label), Concept>();
        foreach (var concept in scheme.Concepts)
        {
            if (!CodePattern().IsMatch(concept.Code) || !codes.Add(concept.Code))
            {
                Report(LintRules.InvalidCode, $"Code '{concept.Code}' of {concept.Iri} must be unique in {scheme.Key} and match [a-z][a-z0-9-]*.", concept.Location);
            }

            foreach (var label in concept.Labels.Where(l => l.Kind == LabelKind.Preferred))
            {
                var key = (label.Language, LabelNormalizer.Normalize(label.Text));
                if (labels.TryGetValue(key, out var other) && other != concept)
                {
                    var message = $"'{label.Text}'@{label.Language} is the preferred label of both {other} and {concept}.";
                    Report(LintRules.PrefLabelClash, message, LabelLocation(concept, SkosIris.PrefLabel, label));
                    var otherLabel = other.Labels.First(l => l.Kind == LabelKind.Preferred && l.Language == label.Language && LabelNormalizer.Normalize(l.Text) == key.Item2);
                    Report(LintRules.PrefLabelClash, message, LabelLocation(other, SkosIris.PrefLabel, otherLabel));
                }
                else
                {
                    labels[key] = concept;
                }
            }
        }
    }

    private void CheckConcept(Concept concept)
    {
        var prefLabels = concept.Labels.Where(l => l.Kind == LabelKind.Preferred).ToList();
        if (!prefLabels.Any(l => l.Language == "nl"))
        {
            Report(LintRules.MissingDutchPrefLabel, $"{concept} has no skos:prefLabel in nl.", concept.Location);
        }

        if (!prefLabels.Any(l => l.Language == "en"))
        {
            Report(LintRules.MissingEnglishPrefLabel, $"{concept} has no skos:prefLabel in en.", concept.Location);
        }

        foreach (var group in prefLabels.GroupBy(l => l.Language).Where(g => g.Count() > 1))
        {
            // Which of the labels is the stray one is for the curator to say: each is reported where it is written.
            foreach (var label in group)
            {
                Report(LintRules.DuplicatePrefLabel, $"{concept} has {group.Count()} preferred labels in '{group.Key}': {string.Join(", ", group.Select(l => $"'{l.Text}'"))}.", LabelLocation(concept, SkosIris.PrefLabel, label));
            }
        }

        foreach (var other in concept.Labels.Where(l => l.Kind != LabelKind.Preferred))
        {
            if (prefLabels.Any(p => p.Language == other.Language && p.Text == other.Text))
            {
                var property = other.Kind == LabelKind.Alternative ? SkosIris.AltLabel : SkosIris.HiddenLabel;
                Report(LintRules.PrefAndAltLabel, $"'{other.Text}'@{other.Language} is both the preferred and an {Local(property)} of {concept}.", LabelLocation(concept, property, other));
            }
        }

        if (!concept.Definitions.ContainsKey("nl"))
        {
            Report(LintRules.MissingDefinition, $"{concept} has no skos:definition in nl.", concept.Location);
        }

        if (concept.Sources.Count == 0)
        {
            Report(LintRules.MissingSource, $"{concept} has no dct:source: name the seed file or public source of its meaning.", concept.Location);
        }

        var core = snapshot.CoreScheme;
        if (core is not null && concept.Scheme != core && !concept.Mappings.Any(m => m.To.Scheme == core))
        {
            Report(LintRules.UnmappedSectorConcept, $"{concept} has no mapping to {core.Key}: add a skos:exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch with its rationale.", concept.Location);
        }
    }

    private void CheckCycles()
    {
        var done = new HashSet<Concept>();
        foreach (var concept in snapshot.Schemes.SelectMany(s => s.Concepts))
        {
            var onPath = new List<Concept>();
            if (FindCycle(concept, onPath, [], done) is { } cycle)
            {
                var first = cycle[0];
                var triple = graph.Match(new Iri(first.Iri), SkosIris.Broader, new Iri(cycle[1 % cycle.Count].Iri)).FirstOrDefault();
                Report(LintRules.BroaderCycle, $"skos:broader cycle: {string.Join(" → ", cycle.Append(first))}.", triple is null ? first.Location : At(triple));
                foreach (var member in cycle)
                {
                    done.Add(member);
                }
            }
        }
    }

    private static List<Concept>? FindCycle(Concept concept, List<Concept> path, HashSet<Concept> onPath, HashSet<Concept> done)
    {
        if (done.Contains(concept))
        {
            return null;
        }

        if (!onPath.Add(concept))
        {
            return path[path.IndexOf(concept)..];
        }

        path.Add(concept);
        foreach (var parent in concept.Broader)
        {
            if (FindCycle(parent, path, onPath, done) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        onPath.Remove(concept);
        done.Add(concept);
        return null;
    }

    private void CheckMappings()
    {
        var relations = snapshot.Mappings.ToLookup(m => Pair(m.Subject, m.Object));
        foreach (var mapping in snapshot.Mappings)
        {
            var property = SkosIris.MappingProperties.First(p => p.Relation == mapping.Relation).Iri;
            var triple = graph.Match(new Iri(mapping.Subject.Iri), property, new Iri(mapping.Object.Iri)).FirstOrDefault();
            var location = triple is null ? mapping.Subject.Location : At(triple);
            if (mapping.Relation == MappingRelation.Exact
                && relations[Pair(mapping.Subject, mapping.Object)].FirstOrDefault(m => m.Relation is MappingRelation.Broad or MappingRelation.Narrow or MappingRelation.Related) is { } other)
            {
                Report(LintRules.ContradictoryMappings, $"{mapping.Subject} skos:exactMatch {mapping.Object}, yet also {other.Subject} skos:{other.Relation.LocalName()} {other.Object}.", location);
            }

            if (mapping.Object.Deprecated || mapping.Subject.Deprecated)
            {
                var deprecated = mapping.Object.Deprecated ? mapping.Object : mapping.Subject;
                Report(LintRules.MappingToDeprecated, $"{deprecated} is deprecated (owl:deprecated true) but still mapped.", location);
            }

            if (mapping.Rationale is null)
            {
                Report(LintRules.MappingWithoutRationale, $"{mapping.Subject} skos:{mapping.Relation.LocalName()} {mapping.Object} has no owl:Axiom annotation with an rdfs:comment rationale.", location);
            }
        }
    }

    private void CheckSameLabels()
    {
        var byLabel = snapshot.Schemes.SelectMany(s => s.Concepts)
            .Where(c => c.PrefLabels.ContainsKey("nl"))
            .GroupBy(c => LabelNormalizer.Normalize(c.PrefLabels["nl"]));
        foreach (var group in byLabel)
        {
            var concepts = group.ToList();
            for (var i = 0; i < concepts.Count; i++)
            {
                for (var j = i + 1; j < concepts.Count; j++)
                {
                    var (a, b) = (concepts[i], concepts[j]);
                    // Declared false friends are confirmed; so is a pair the curators mapped to each other directly
                    // (e.g. a sector's own "dubbeldiagnose" skos:broadMatch the core's): the mapping states the relation.
                    if (a.Scheme == b.Scheme || snapshot.AreFalseFriends(a, b, out _) || a.Mappings.Any(m => m.To == b && m.Rationale is not null))
                    {
                        continue;
                    }

                    var best = snapshot.Translate(a, b.Scheme).Matches.FirstOrDefault(m => m.Target == b);
                    if (best?.Equivalence is not (Equivalence.Equivalent or Equivalence.Equal))
                    {
                        Report(LintRules.PossibleFalseFriend,
                            $"{a} and {b} share the preferred label '{a.PrefLabels["nl"]}' but are {(best is null ? "not mapped" : best.Equivalence.ToString().ToLowerInvariant())}: if the meanings differ declare tz:falseFriendOf, if they agree map them with skos:exactMatch.",
                            b.Location);
                    }
                }
            }
        }
    }

    private SourceLocation? LabelLocation(Concept concept, Iri property, ConceptLabel label)
    {
        var triple = graph.Match(new Iri(concept.Iri), property)
            .FirstOrDefault(t => t.Object is Literal l && l.LexicalForm == label.Text && (l.Language ?? string.Empty) == label.Language);
        return triple is null ? concept.Location : At(triple, atObject: true);
    }

    private static (string, string) Pair(Concept a, Concept b) =>
        string.CompareOrdinal(a.Iri, b.Iri) <= 0 ? (a.Iri, b.Iri) : (b.Iri, a.Iri);

    private static string Local(Iri property) =>
        property.Value.StartsWith(SkosIris.Skos, StringComparison.Ordinal) ? "skos:" + property.Value[SkosIris.Skos.Length..]
        : property.Value.StartsWith(SkosIris.Tz, StringComparison.Ordinal) ? "tz:" + property.Value[SkosIris.Tz.Length..]
        : property.Value.StartsWith(Dct, StringComparison.Ordinal) ? "dct:" + property.Value[Dct.Length..]
        : property.Value;

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex CodePattern();
}
