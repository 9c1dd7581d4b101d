using System.Text.RegularExpressions;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Lint.Internal;
using ToekomstZorg.Semantics.Vocabulary.Loading.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search.Internal;
using ToekomstZorg.Semantics.Vocabulary.Skos;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>
/// Checks a loaded vocabulary against <see cref="LintRules"/>. Each finding is placed at the triple that causes it
/// (or, for something missing, where the concept is declared), so a curator can jump to the line.
/// Reference schemes (external code systems, <see cref="ConceptScheme.IsReference"/>) are held to RDF and SKOS integrity
/// only: undefined references, broader cycles, two preferred labels in one language, a preferred label that is also an
/// alternative one, concepts in no scheme, a scheme without key and concepts without a unique code. The house rules (Dutch
/// label and definition, source, mapping to the core, code pattern, label clashes and possible false friends) are not
/// theirs to meet.
/// </summary>
/// <remarks>
/// Every rule is linear in the size of the vocabulary: facts come from the snapshot (which holds where each concept and
/// mapping was written), lookups are hash lookups, and the graph is only asked again to place a finding on a label.
/// </remarks>
public sealed partial class VocabularyLinter(RdfGraph graph, VocabularySnapshot snapshot)
{
    private static readonly Iri[] ReferenceProperties =
    [
        SkosIris.InScheme, SkosIris.TopConceptOf, SkosIris.Broader, SkosIris.Narrower, SkosIris.Related,
        SkosIris.ExactMatch, SkosIris.CloseMatch, SkosIris.BroadMatch, SkosIris.NarrowMatch, SkosIris.RelatedMatch, SkosIris.FalseFriendOf,
        SkosIris.IsReplacedBy,
    ];

    // Within a reference scheme these must lead to a concept or scheme of the vocabulary; its mapping properties may
    // point anywhere (a thesaurus links to other thesauri).
    private static readonly HashSet<string> StructuralProperties =
    [
        SkosIris.InScheme.Value, SkosIris.TopConceptOf.Value, SkosIris.Broader.Value, SkosIris.Narrower.Value, SkosIris.Related.Value,
    ];

    private const string Dct = "http://purl.org/dc/terms/";

    private readonly List<LintDiagnostic> _diagnostics = [];

    /// <summary>Runs every rule; findings ordered by file, line and column.</summary>
    /// <remarks>
    /// The rules only read the graph and the snapshot, so they run in groups side by side, each with its own list of
    /// findings: the rules per concept and per mapping; the rules that compare concepts across schemes and by their
    /// hierarchy; and (on a thread of its own in a large vocabulary) the table of each scheme's folded labels (TZ006,
    /// TZ022). The lists are joined in that order, so the result is the same as one group after the other.
    /// </remarks>
    public IReadOnlyList<LintDiagnostic> Run()
    {
        var acrossConcepts = new VocabularyLinter(graph, snapshot);
        var byLabelTable = new VocabularyLinter(graph, snapshot);
        if (snapshot.ConceptCount < ParallelConcepts)
        {
            // A vocabulary the size of the repository's: a third thread would cost more than it saves on a reload.
            SideBySide.Run(RunPerConceptRules, () =>
            {
                acrossConcepts.RunCrossConceptRules();
                byLabelTable.CheckLabelsUpToCase();
            });
        }
        else
        {
            SideBySide.Run(RunPerConceptRules, acrossConcepts.RunCrossConceptRules, byLabelTable.CheckLabelsUpToCase);
        }

        acrossConcepts._diagnostics.AddRange(byLabelTable._diagnostics);
        return Ordered(_diagnostics, acrossConcepts._diagnostics);
    }

    // From this many concepts the label table gets a thread of its own, and from this many findings each group's list is
    // sorted on a thread of its own.
    private const int ParallelConcepts = 4096;
    private const int ParallelFindings = 16_384;

    private void RunPerConceptRules()
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
    }

    // TZ006 and TZ022 (CheckLabelsUpToCase) come after these, on this thread or (large vocabulary) beside them.
    private void RunCrossConceptRules()
    {
        CheckSameLabels();
        CheckReachability();
        CheckInverses();
    }

    // By file, line, column and rule id, then in the order found (stable: the first list's before the second's). Files
    // and rule ids are ranked once over both lists, so a sort compares packed integers (SortKey) instead of calling a
    // comparison delegate that reads each location's strings. Each list is sorted (on a thread of its own when there
    // are many: a large vocabulary has a million findings) and the two are merged.
    private static LintDiagnostic[] Ordered(List<LintDiagnostic> first, List<LintDiagnostic> second)
    {
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new Dictionary<string, int>(StringComparer.Ordinal);
        Collect(first, files, rules);
        Collect(second, files, rules);
        Rank(files);
        Rank(rules);
        SortKey[] firstKeys = [], secondKeys = [];
        if (first.Count + second.Count < ParallelFindings)
        {
            (firstKeys, secondKeys) = (SortedKeys(first, files, rules), SortedKeys(second, files, rules));
        }
        else
        {
            SideBySide.Run(() => firstKeys = SortedKeys(first, files, rules), () => secondKeys = SortedKeys(second, files, rules));
        }

        var ordered = new LintDiagnostic[first.Count + second.Count];
        int i = 0, j = 0, k = 0;
        while (i < firstKeys.Length && j < secondKeys.Length)
        {
            // A tie goes to the first list, as in a stable sort of the two one after the other.
            ordered[k++] = secondKeys[j].PlacedBefore(firstKeys[i]) ? second[secondKeys[j++].Index] : first[firstKeys[i++].Index];
        }

        for (; i < firstKeys.Length; i++)
        {
            ordered[k++] = first[firstKeys[i].Index];
        }

        for (; j < secondKeys.Length; j++)
        {
            ordered[k++] = second[secondKeys[j].Index];
        }

        return ordered;
    }

    private static void Collect(List<LintDiagnostic> diagnostics, Dictionary<string, int> files, Dictionary<string, int> rules)
    {
        string? seenFile = null;
        LintRule? seenRule = null;
        foreach (var diagnostic in diagnostics)
        {
            // Findings come in runs of one file and one rule: skip the hash when the string is the one just seen.
            var file = diagnostic.Location?.File ?? string.Empty;
            if (!ReferenceEquals(file, seenFile))
            {
                files.TryAdd(seenFile = file, 0);
            }

            if (!ReferenceEquals(diagnostic.Rule, seenRule))
            {
                rules.TryAdd((seenRule = diagnostic.Rule).Id, 0);
            }
        }
    }

    // The findings' keys (Index: the place in the list), sorted.
    private static SortKey[] SortedKeys(List<LintDiagnostic> diagnostics, Dictionary<string, int> files, Dictionary<string, int> rules)
    {
        var keys = new SortKey[diagnostics.Count];
        (LintRule? seenRule, var seenRuleRank) = (null, 0);
        string? lastFile = null;
        var lastRank = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var diagnostic = diagnostics[i];
            var file = diagnostic.Location?.File ?? string.Empty;
            if (!ReferenceEquals(file, lastFile))
            {
                (lastFile, lastRank) = (file, files[file]);
            }

            keys[i] = new SortKey(
                ((long)lastRank << 32) | (uint)(diagnostic.Location?.Line ?? 0),
                ((long)(diagnostic.Location?.Column ?? 0) << 32) | (uint)RuleRank(diagnostic.Rule),
                i);
        }

        Array.Sort(keys);
        return keys;

        int RuleRank(LintRule rule)
        {
            if (!ReferenceEquals(rule, seenRule))
            {
                (seenRule, seenRuleRank) = (rule, rules[rule.Id]);
            }

            return seenRuleRank;
        }
    }

    private static void Rank(Dictionary<string, int> names)
    {
        var ordered = names.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var rank = 0; rank < ordered.Length; rank++)
        {
            names[ordered[rank]] = rank;
        }
    }

    private readonly record struct SortKey(long FileAndLine, long ColumnAndRule, int Index) : IComparable<SortKey>
    {
        public int CompareTo(SortKey other)
        {
            var order = FileAndLine.CompareTo(other.FileAndLine);
            order = order != 0 ? order : ColumnAndRule.CompareTo(other.ColumnAndRule);
            return order != 0 ? order : Index.CompareTo(other.Index);
        }

        /// <summary>True when this finding's place (file, line, column, rule) comes strictly before the other's.</summary>
        public bool PlacedBefore(SortKey other) =>
            FileAndLine < other.FileAndLine || (FileAndLine == other.FileAndLine && ColumnAndRule < other.ColumnAndRule);
    }

    private void Report(LintRule rule, string message, SourceLocation? location) => _diagnostics.Add(new LintDiagnostic(rule, message, location));

    // A finding whose message is written when it is read (LintMessage): the format is a static lambda over what it names.
    private void Report(LintRule rule, SourceLocation? location, Func<object?, object?, object?, string> format, object? first, object? second = null, object? third = null) =>
        _diagnostics.Add(new LintDiagnostic(rule, new LintMessage(format, first, second, third), location));

    private static SourceLocation? At(TripleSource? source, bool atObject = false) =>
        source is { } s
            ? new SourceLocation(s.SourceName ?? "<input>",
                atObject ? s.Position.Object.Line : s.Position.Subject.Line,
                atObject ? s.Position.Object.Column : s.Position.Subject.Column)
            : null;

    // TZ002. An IRI of the house namespace, or under a reference scheme's tz:codeNamespace, must be defined; so must the
    // target of a structural SKOS link (scheme membership, hierarchy, skos:related) made by a reference concept.
    private void CheckReferences()
    {
        var namespaces = snapshot.Schemes.Where(s => s.IsReference && !string.IsNullOrEmpty(s.CodeNamespace)).Select(s => s.CodeNamespace!).Distinct(StringComparer.Ordinal).ToArray();
        var anyReference = snapshot.Schemes.Any(s => s.IsReference);
        foreach (var property in ReferenceProperties)
        {
            var structural = StructuralProperties.Contains(property.Value);
            // The position is looked up only for a finding: nearly every reference is defined. The triples come by
            // object, so an object (a scheme, a broader concept) is usually the one just checked: its verdict is kept.
            (RdfTerm? Term, bool Defined) lastObject = default;
            foreach (var (subject, @object) in graph.SubjectsAndObjects(property))
            {
                var fromReference = anyReference && structural && subject is Iri iri && IsReferenceTerm(iri.Value);
                CheckReference(subject, @object, atObject: false, fromReference, property, namespaces, ref lastObject);
                CheckReference(subject, @object, atObject: true, fromReference, property, namespaces, ref lastObject);
            }
        }
    }

    // The cheap tests (which IRIs must be defined) come before the lookup (whether one is).
    private void CheckReference(RdfTerm subject, RdfTerm @object, bool atObject, bool fromReference, Iri property, string[] namespaces, ref (RdfTerm? Term, bool Defined) lastObject)
    {
        if ((atObject ? @object : subject) is Iri iri
            && ((atObject && fromReference) || IsHouseIri(iri.Value) || InAny(namespaces, iri.Value))
            && !(atObject ? IsDefinedObject(iri, ref lastObject) : IsDefined(iri.Value)))
        {
            Report(LintRules.UndefinedReference, At(graph.SourceOf(new Triple(subject, property, @object)), atObject), static (iri, property, _) => $"{iri} is used with {Local((Iri)property!)} but no file defines it.", iri.Value, property);
        }
    }

    private bool IsDefinedObject(Iri iri, ref (RdfTerm? Term, bool Defined) last)
    {
        if (!ReferenceEquals(iri, last.Term))
        {
            last = (iri, IsDefined(iri.Value));
        }

        return last.Defined;
    }

    private bool IsDefined(string iri) => snapshot.FindByIri(iri) is not null || snapshot.TryGetScheme(iri, out _);

    private bool IsReferenceTerm(string iri) =>
        snapshot.FindByIri(iri) is { Scheme.IsReference: true } || (snapshot.TryGetScheme(iri, out var scheme) && scheme.IsReference);

    private static bool IsHouseIri(string iri) =>
        iri.StartsWith(SkosIris.Base, StringComparison.Ordinal) && !iri.StartsWith(SkosIris.Tz, StringComparison.Ordinal);

    private static bool InAny(string[] namespaces, string iri)
    {
        foreach (var ns in namespaces)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckConceptsInScheme()
    {
        // One POS range read as terms (no Triple per concept); the triple is made only for a finding, to place it.
        foreach (var (subject, _) in graph.SubjectsAndObjects(SkosIris.Type, SkosIris.Concept))
        {
            if (subject is Iri iri && snapshot.FindByIri(iri.Value) is null)
            {
                Report(LintRules.ConceptInNoScheme, At(graph.SourceOf(new Triple(iri, SkosIris.Type, SkosIris.Concept))), static (iri, _, _) => $"{iri} is a skos:Concept but has no skos:inScheme to a declared scheme.", iri.Value);
            }
        }
    }

    private void CheckScheme(ConceptScheme scheme)
    {
        if (scheme.IsReference)
        {
            CheckReferenceScheme(scheme);
            return;
        }

        if (!scheme.Titles.ContainsKey("nl"))
        {
            Report(LintRules.MissingDutchPrefLabel, $"Scheme {scheme.Key} has no skos:prefLabel in nl.", scheme.Location);
        }

        var codes = new HashSet<string>(scheme.Concepts.Count, StringComparer.Ordinal);
        foreach (var concept in scheme.Concepts)
        {
            if (!CodePattern().IsMatch(concept.Code) || !codes.Add(concept.Code))
            {
                Report(LintRules.InvalidCode, concept.Location, static (c, _, _) => $"Code '{((Concept)c!).Code}' of {((Concept)c!).Iri} must be unique in {((Concept)c!).Scheme.Key} and match [a-z][a-z0-9-]*.", concept);
            }
        }

        // TZ006, preferred labels shared within the scheme, is found with TZ022 (CheckLabelsUpToCase): one table of the
        // scheme's folded labels serves both.
    }

    // TZ018 and TZ019: a reference scheme is found by its key and its concepts by their codes, whatever they look like.
    private void CheckReferenceScheme(ConceptScheme scheme)
    {
        if (scheme.Key == scheme.Iri)
        {
            Report(LintRules.ReferenceSchemeKey, $"Reference scheme {scheme.Iri} has no skos:notation of its own (or shares it with another scheme): give it a unique key, e.g. skos:notation \"cd-hcparty\".", scheme.Location);
        }

        var codes = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in scheme.Concepts)
        {
            if (concept.Code == concept.Iri || concept.Code.Length == 0)
            {
                Report(LintRules.ReferenceCode,
                    scheme.CodeNamespace is null
                        ? $"{concept.Iri} has no skos:notation and {scheme.Key} declares no tz:codeNamespace: it has no code."
                        : $"{concept.Iri} has no skos:notation and is not under {scheme.Key}'s tz:codeNamespace <{scheme.CodeNamespace}>: it has no code.",
                    concept.Location);
            }
            else if (!codes.TryAdd(concept.Code, concept))
            {
                Report(LintRules.ReferenceCode, $"Code '{concept.Code}' of {concept.Iri} is also the code of {codes[concept.Code].Iri} in {scheme.Key}.", concept.Location);
            }
        }
    }

    private void CheckConcept(Concept concept)
    {
        var house = !concept.Scheme.IsReference;
        var hasNl = false;
        var hasEn = false;
        var preferred = 0;
        foreach (var label in concept.LabelSpan)
        {
            if (label.Kind == LabelKind.Preferred)
            {
                hasNl |= label.Language == "nl";
                hasEn |= label.Language == "en";
                preferred++;
            }
        }

        if (house && !hasNl)
        {
            Report(LintRules.MissingDutchPrefLabel, concept.Location, static (c, _, _) => $"{c} has no skos:prefLabel in nl.", concept);
        }

        if (house && !hasEn)
        {
            Report(LintRules.MissingEnglishPrefLabel, concept.Location, static (c, _, _) => $"{c} has no skos:prefLabel in en.", concept);
        }

        // One preferred label per language is the rule, so the languages are only counted when there are more labels
        // than languages could explain (concept.PrefLabels keeps one per language).
        foreach (var language in preferred > concept.PrefLabels.Count ? concept.PrefLabels.Keys : [])
        {
            // Which of the labels is the stray one is for the curator to say: each is reported where it is written.
            var group = concept.Labels.Where(l => l.Kind == LabelKind.Preferred && l.Language == language).ToList();
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var label in group)
            {
                Report(LintRules.DuplicatePrefLabel, $"{concept} has {group.Count} preferred labels in '{language}': {string.Join(", ", group.Select(l => $"'{l.Text}'"))}.", LabelLocation(concept, SkosIris.PrefLabel, label));
            }
        }

        foreach (var other in concept.LabelSpan)
        {
            if (other.Kind != LabelKind.Preferred && concept.PrefLabels.Count > 0 && IsPreferred(concept, other))
            {
                var property = other.Kind == LabelKind.Alternative ? SkosIris.AltLabel : SkosIris.HiddenLabel;
                Report(LintRules.PrefAndAltLabel, LabelLocation(concept, property, other), static (l, p, c) => $"'{((ConceptLabel)l!).Text}'@{((ConceptLabel)l!).Language} is both the preferred and an {Local((Iri)p!)} of {c}.", other, property, concept);
            }
        }

        if (!house)
        {
            return;
        }

        if (!concept.Definitions.ContainsKey("nl"))
        {
            Report(LintRules.MissingDefinition, concept.Location, static (c, _, _) => $"{c} has no skos:definition in nl.", concept);
        }

        if (concept.Sources.Count == 0)
        {
            Report(LintRules.MissingSource, concept.Location, static (c, _, _) => $"{c} has no dct:source: name the seed file or public source of its meaning.", concept);
        }

        var core = snapshot.CoreScheme;
        if (core is not null && concept.Scheme != core && !IsMappedTo(concept, core))
        {
            Report(LintRules.UnmappedSectorConcept, concept.Location, static (c, core, _) => $"{c} has no mapping to {core}: add a skos:exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch with its rationale.", concept, core.Key);
        }
    }

    private static bool IsMappedTo(Concept concept, ConceptScheme scheme)
    {
        foreach (var mapping in concept.MappingSpan)
        {
            if (mapping.To.Scheme == scheme)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreferred(Concept concept, ConceptLabel other)
    {
        foreach (var label in concept.LabelSpan)
        {
            if (label.Kind == LabelKind.Preferred && label.Language == other.Language && label.Text == other.Text)
            {
                return true;
            }
        }

        return false;
    }

    // TZ007: a depth-first walk up skos:broader with white/grey/black marks; each concept is finished once.
    private void CheckCycles()
    {
        var done = new HashSet<Concept>();
        var path = new List<Concept>();
        var onPath = new HashSet<Concept>();
        foreach (var scheme in snapshot.Schemes)
        {
            foreach (var concept in scheme.Concepts)
            {
                if (FindCycle(concept, path, onPath, done) is { } cycle)
                {
                    var first = cycle[0];
                    var location = graph.MatchWithSources(new Iri(first.Iri), SkosIris.Broader, new Iri(cycle[1 % cycle.Count].Iri)).FirstOrDefault();
                    Report(LintRules.BroaderCycle, $"skos:broader cycle: {string.Join(" → ", cycle.Append(first))}.", location.Triple is null ? first.Location : At(location.Source));
                    foreach (var member in cycle)
                    {
                        done.Add(member);
                    }

                    path.Clear();
                    onPath.Clear();
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
        var contradicting = new Dictionary<(Concept, Concept), ConceptMapping>();
        foreach (var mapping in snapshot.Mappings)
        {
            if (mapping.Relation is MappingRelation.Broad or MappingRelation.Narrow or MappingRelation.Related)
            {
                contradicting.TryAdd(Pair(mapping.Subject, mapping.Object), mapping);
            }
        }

        foreach (var mapping in snapshot.Mappings)
        {
            var location = mapping.Location ?? mapping.Subject.Location;
            if (mapping.Relation == MappingRelation.Exact && contradicting.TryGetValue(Pair(mapping.Subject, mapping.Object), out var other))
            {
                Report(LintRules.ContradictoryMappings, location, static (m, o, _) => $"{((ConceptMapping)m!).Subject} skos:exactMatch {((ConceptMapping)m!).Object}, yet also {((ConceptMapping)o!).Subject} skos:{((ConceptMapping)o!).Relation.LocalName()} {((ConceptMapping)o!).Object}.", mapping, other);
            }

            if (mapping.Object.Deprecated || mapping.Subject.Deprecated)
            {
                var deprecated = mapping.Object.Deprecated ? mapping.Object : mapping.Subject;
                Report(LintRules.MappingToDeprecated, location, static (c, _, _) => $"{c} is deprecated (owl:deprecated true) but still mapped.", deprecated);
            }

            if (mapping.Rationale is null)
            {
                Report(LintRules.MappingWithoutRationale, location, static (m, _, _) => $"{((ConceptMapping)m!).Subject} skos:{((ConceptMapping)m!).Relation.LocalName()} {((ConceptMapping)m!).Object} has no owl:Axiom annotation with an rdfs:comment rationale.", mapping);
            }
        }
    }

    // TZ014, per group of house concepts sharing a Dutch preferred label. A pair is confirmed when the curators declared
    // it (false friends, or a direct mapping with rationale) or translation makes it equivalent either way. Each concept
    // translates once into each other scheme of its group, so the work is linear in the group, not quadratic; a concept
    // is reported once, at itself, naming the earlier concepts of its group it is not confirmed with.
    private void CheckSameLabels()
    {
        // Most labels belong to one concept: a group (a list) is made only when a second concept shares the label.
        var first = new Dictionary<string, Concept>(snapshot.ConceptCount, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        foreach (var scheme in snapshot.Schemes)
        {
            if (scheme.IsReference)
            {
                continue;
            }

            foreach (var concept in scheme.Concepts)
            {
                if (FoldedPrefLabel(concept, "nl") is { } key && !first.TryAdd(key, concept))
                {
                    if (!groups.TryGetValue(key, out var group))
                    {
                        groups[key] = group = [first[key]];
                    }

                    group.Add(concept);
                }
            }
        }

        var scratch = new SameLabelScratch();
        foreach (var group in groups.Values)
        {
            if (SpansSchemes(group))
            {
                CheckSameLabel(group, scratch);
            }
        }
    }

    private static bool SpansSchemes(List<Concept> group)
    {
        foreach (var concept in group)
        {
            if (concept.Scheme != group[0].Scheme)
            {
                return true;
            }
        }

        return false;
    }

    // What CheckSameLabel works with, cleared and reused from group to group: a large vocabulary has tens of thousands of
    // label groups, and collections made per group cost more than the rule's own work.
    private sealed class SameLabelScratch
    {
        public readonly Dictionary<Concept, int> Position = [];
        public readonly List<ConceptScheme> Schemes = [];
        public readonly Dictionary<(Concept, Concept), Equivalence> Best = [];
        public readonly Dictionary<Concept, VocabularySnapshot.Reached> Reached = [];
        public readonly HashSet<(int Before, int After)> Excused = [];
        public readonly List<int> SchemeOf = [], ExcusedBefore = [], SeenInScheme = [];
    }

    // TZ014 for one group of concepts that share a preferred label: each concept is reported with the concepts before it
    // in the group, in other schemes, that translation does not make equivalent to it and that are not declared false
    // friends (the "unconfirmed"). A group of n concepts has n² pairs (at 350 000 concepts the largest group has 166
    // and all groups together six million pairs), but few pairs are confirmed or declared: each concept's number of
    // unconfirmed is counted as the concepts before it in other schemes less its excused pairs, and only the first five
    // (the ones the message names) are looked for one by one.
    private void CheckSameLabel(List<Concept> group, SameLabelScratch scratch)
    {
        var (position, schemes, best, reached) = (scratch.Position, scratch.Schemes, scratch.Best, scratch.Reached);
        var (excused, schemeOf, excusedBefore, seenInScheme) = (scratch.Excused, scratch.SchemeOf, scratch.ExcusedBefore, scratch.SeenInScheme);
        position.Clear();
        schemes.Clear();
        best.Clear();
        excused.Clear();
        schemeOf.Clear();
        excusedBefore.Clear();
        foreach (var concept in group)
        {
            position.Add(concept, position.Count);
            var scheme = schemes.IndexOf(concept.Scheme);
            if (scheme < 0)
            {
                scheme = schemes.Count;
                schemes.Add(concept.Scheme);
            }

            schemeOf.Add(scheme);
            excusedBefore.Add(0);
        }

        // The excused pairs, by position (Excuse keeps those of different schemes, each once): a mapping with a rationale,
        // a translation that makes the two equivalent, a declared false friend.
        for (var x = 0; x < group.Count; x++)
        {
            var a = group[x];
            foreach (var mapping in a.MappingSpan)
            {
                if (mapping.Rationale is not null && position.TryGetValue(mapping.To, out var y))
                {
                    Excuse(x, y);
                }
            }

            foreach (var scheme in schemes)
            {
                if (scheme == a.Scheme)
                {
                    continue;
                }

                reached.Clear();
                snapshot.Reach(a, scheme, reached);
                foreach (var (target, (equivalence, _, _)) in reached)
                {
                    if (position.TryGetValue(target, out var y))
                    {
                        best.TryAdd((a, target), equivalence);
                        if (equivalence is Equivalence.Equivalent or Equivalence.Equal)
                        {
                            Excuse(x, y);
                        }
                    }
                }
            }

            foreach (var pair in snapshot.FalseFriendsOf(a))
            {
                if (position.TryGetValue(pair.First == a ? pair.Second : pair.First, out var y))
                {
                    Excuse(x, y);
                }
            }
        }

        seenInScheme.Clear();
        for (var scheme = 0; scheme < schemes.Count; scheme++)
        {
            seenInScheme.Add(0);
        }

        for (var j = 0; j < group.Count; j++)
        {
            var b = group[j];
            var count = j - seenInScheme[schemeOf[j]] - excusedBefore[j];
            seenInScheme[schemeOf[j]]++;
            if (count == 0)
            {
                continue;
            }

            var named = new (Concept Concept, Equivalence? Verdict)[Math.Min(count, 5)];
            for (int i = 0, found = 0; found < named.Length; i++)
            {
                if (schemeOf[i] != schemeOf[j] && !excused.Contains((i, j)))
                {
                    var a = group[i];
                    named[found++] = (a, best.TryGetValue((a, b), out var e) ? e : null);
                }
            }

            Report(LintRules.PossibleFalseFriend, b.Location, static (concept, named, count) => FalseFriendMessage((Concept)concept!, ((Concept, Equivalence?)[])named!, (int)count!), b, named, count);
        }

        void Excuse(int x, int y)
        {
            var (before, after) = x < y ? (x, y) : (y, x);
            if (schemeOf[before] != schemeOf[after] && excused.Add((before, after)))
            {
                excusedBefore[after]++;
            }
        }
    }

    private static string FalseFriendMessage(Concept b, (Concept Concept, Equivalence? Verdict)[] named, int count)
    {
        static string Verdict(Equivalence? e) => e is { } equivalence ? equivalence.ToString().ToLowerInvariant() : "not mapped";
        return count == 1
            ? $"{named[0].Concept} and {b} share the preferred label '{named[0].Concept.PrefLabels["nl"]}' but are {Verdict(named[0].Verdict)}: if the meanings differ declare tz:falseFriendOf, if they agree map them with skos:exactMatch."
            : $"{b} shares the preferred label '{b.PrefLabels["nl"]}' with {count} concepts of other schemes it is not equivalent to ({string.Join(", ", named.Select(a => $"{a.Concept}: {Verdict(a.Verdict)}"))}{(count > 5 ? ", …" : string.Empty)}): if the meanings differ declare tz:falseFriendOf, if they agree map them with skos:exactMatch.";
    }

    // The folded form of the preferred label the model keeps for a language (PrefLabels: the ordinally smallest).
    private static string? FoldedPrefLabel(Concept concept, string language)
    {
        if (!concept.PrefLabels.TryGetValue(language, out var text))
        {
            return null;
        }

        for (var i = 0; i < concept.Labels.Count; i++)
        {
            var label = concept.Labels[i];
            if (label.Kind == LabelKind.Preferred && label.Language == language && label.Text == text)
            {
                return concept.FoldedLabels[i];
            }
        }

        return LabelNormalizer.Normalize(text);
    }

    private SourceLocation? LabelLocation(Concept concept, Iri property, ConceptLabel label)
    {
        // The snapshot read the label from this graph, which has not changed since: its triple is known.
        if (label.PropertyIndex >= 0 && concept.GraphProperties.IsCurrent && ReferenceEquals(snapshot.Graph, graph))
        {
            return At(concept.GraphProperties.Source(label.PropertyIndex), atObject: true);
        }

        // Otherwise the label is searched for: only the literals of the label's property are read, as text (no Literal
        // object is made, and cached in the graph, per value looked at).
        var properties = graph.PropertiesOf(new Iri(concept.Iri));
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties.Predicate(i).Equals(property)
                && properties.TryGetLiteral(i, out var text, out var language) && text == label.Text && (language ?? string.Empty) == label.Language)
            {
                return At(properties.Source(i), atObject: true);
            }
        }

        return concept.Location;
    }

    private static (Concept, Concept) Pair(Concept a, Concept b) =>
        string.CompareOrdinal(a.Iri, b.Iri) <= 0 ? (a, b) : (b, a);

    private static string Local(Iri property) =>
        property.Value.StartsWith(SkosIris.Skos, StringComparison.Ordinal) ? "skos:" + property.Value[SkosIris.Skos.Length..]
        : property.Value.StartsWith(SkosIris.Tz, StringComparison.Ordinal) ? "tz:" + property.Value[SkosIris.Tz.Length..]
        : property.Value.StartsWith(Dct, StringComparison.Ordinal) ? "dct:" + property.Value[Dct.Length..]
        : property.Value;

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex CodePattern();
}
