using ToekomstZorg.Semantics.Vocabulary.Lint.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search.Internal;
using ToekomstZorg.Semantics.Vocabulary.Skos;

namespace ToekomstZorg.Semantics.Vocabulary.Lint;

// TZ020-TZ022: the structure of house schemes (reachability from the top concepts, written inverses) and labels equal up
// to case. Each is one pass over the concepts or the hierarchy triples with hash lookups: linear in the vocabulary.
public sealed partial class VocabularyLinter
{
    // TZ020. Only schemes that declare top concepts (skos:topConceptOf or skos:hasTopConcept): a flat list without any is
    // valid SKOS. A breadth-first walk down the model's hierarchy (broader and narrower, both ways) from the top concepts
    // visits each concept once.
    private void CheckReachability()
    {
        var tops = new HashSet<Concept>();
        foreach (var (concept, scheme) in graph.SubjectsAndObjects(SkosIris.TopConceptOf))
        {
            AddTop(tops, concept, scheme);
        }

        foreach (var (scheme, concept) in graph.SubjectsAndObjects(SkosIris.HasTopConcept))
        {
            AddTop(tops, concept, scheme);
        }

        var withTops = tops.Select(c => c.Scheme).ToHashSet();
        var reached = new HashSet<Concept>(tops);
        var queue = new Queue<Concept>(tops);
        while (queue.TryDequeue(out var concept))
        {
            foreach (var child in concept.Narrower)
            {
                if (reached.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        foreach (var scheme in withTops)
        {
            foreach (var concept in scheme.Concepts)
            {
                if (!reached.Contains(concept))
                {
                    Report(LintRules.UnreachableFromTopConcept, concept.Location,
                        static (c, key, _) => $"{c} is reachable from no top concept of {key}: give it a skos:broader (with its skos:narrower) inside the hierarchy, or make it skos:topConceptOf {key}.",
                        concept, scheme.Key);
                }
            }
        }
    }

    private void AddTop(HashSet<Concept> tops, RdfTerm concept, RdfTerm scheme)
    {
        if (concept is Iri c && scheme is Iri s && snapshot.FindByIri(c.Value) is { Scheme.IsReference: false } top && top.Scheme.Iri == s.Value)
        {
            tops.Add(top);
        }
    }

    // TZ021. Between two house concepts of one scheme (the model ignores hierarchy across schemes), each skos:broader
    // needs its skos:narrower written and the reverse; reported at the triple that is written.
    private void CheckInverses()
    {
        var broader = new HashSet<(string Child, string Parent)>();
        var narrower = new HashSet<(string Child, string Parent)>();
        foreach (var (subject, @object) in graph.SubjectsAndObjects(SkosIris.Broader))
        {
            if (subject is Iri child && @object is Iri parent)
            {
                broader.Add((child.Value, parent.Value));
            }
        }

        foreach (var (subject, @object) in graph.SubjectsAndObjects(SkosIris.Narrower))
        {
            if (subject is Iri parent && @object is Iri child)
            {
                narrower.Add((child.Value, parent.Value));
            }
        }

        foreach (var (property, written, others) in new[] { (SkosIris.Broader, true, narrower), (SkosIris.Narrower, false, broader) })
        {
            foreach (var (subject, @object) in graph.SubjectsAndObjects(property))
            {
                if (subject is not Iri s || @object is not Iri o)
                {
                    continue;
                }

                var (child, parent) = written ? (s.Value, o.Value) : (o.Value, s.Value);
                if (!others.Contains((child, parent)) && IsHousePair(child, parent))
                {
                    var (childConcept, parentConcept) = (snapshot.FindByIri(child), snapshot.FindByIri(parent));
                    if (written)
                    {
                        Report(LintRules.MissingInverse, At(graph.SourceOf(new Triple(s, property, o)), atObject: true), static (c, p, _) => $"{c} skos:broader {p} without {p} skos:narrower {c}: write both.", childConcept, parentConcept);
                    }
                    else
                    {
                        Report(LintRules.MissingInverse, At(graph.SourceOf(new Triple(s, property, o)), atObject: true), static (c, p, _) => $"{p} skos:narrower {c} without {c} skos:broader {p}: write both.", childConcept, parentConcept);
                    }
                }
            }
        }
    }

    private bool IsHousePair(string child, string parent) =>
        snapshot.FindByIri(child) is { Scheme.IsReference: false } c && snapshot.FindByIri(parent) is { } p && p.Scheme == c.Scheme;

    // TZ022. Across the concepts of a house scheme: any two labels (pref, alt, hidden) in one language that fold to the
    // same text (case, diacritics, punctuation); two preferred labels are TZ006's, found here as well from the same
    // table. Within one concept: two labels in one language that differ only in case (a hidden label without diacritics
    // is the usual search aid and is fine).
    private void CheckLabelsUpToCase()
    {
        var labelCount = 0;
        foreach (var scheme in snapshot.Schemes)
        {
            if (!scheme.IsReference)
            {
                var count = 0;
                foreach (var concept in scheme.Concepts)
                {
                    count += concept.Labels.Count;
                }

                labelCount = Math.Max(labelCount, count);
            }
        }

        // One table for every scheme, sized for the one with the most labels and emptied between schemes.
        var seen = new LabelTable<FoldedLabelHolders>(labelCount);
        foreach (var scheme in snapshot.Schemes)
        {
            if (scheme.IsReference)
            {
                continue;
            }

            seen.Clear();
            foreach (var concept in scheme.Concepts)
            {
                var folded = concept.FoldedLabels;
                for (var i = 0; i < folded.Length; i++)
                {
                    var label = concept.Labels[i];
                    if (FirstCaseTwin(concept.Labels, i) is { } twin && twin.Text != label.Text)
                    {
                        Report(LintRules.LabelEqualUpToCase, LabelLocation(concept, PropertyOf(label), label),
                            static (c, t, l) => CaseTwinMessage((Concept)c!, (ConceptLabel)t!, (ConceptLabel)l!), concept, twin, label);
                    }

                    ref var holders = ref seen.GetValueRefOrAddDefault(label.Language, folded[i], out var exists);
                    if (!exists)
                    {
                        holders.First = (concept, label);
                    }
                    else if (holders.First.Concept != concept && !(holders.First.Label.Kind == LabelKind.Preferred && label.Kind == LabelKind.Preferred))
                    {
                        Report(LintRules.LabelEqualUpToCase, LabelLocation(concept, PropertyOf(label), label),
                            static (l, c, o) => FoldedTwinMessage((ConceptLabel)l!, (Concept)c!, ((Concept, ConceptLabel))o!), label, concept, holders.First);
                    }

                    if (label.Kind == LabelKind.Preferred)
                    {
                        CheckPrefLabelClash(ref holders.Preferred, concept, label);
                    }
                }
            }
        }
    }

    // TZ006: a preferred label that folds to the preferred label of another concept of the scheme, in one language; both
    // labels are reported. The holder is the last preferred label of the concept that had it first.
    private void CheckPrefLabelClash(ref (Concept? Concept, ConceptLabel? Label) preferred, Concept concept, ConceptLabel label)
    {
        if (preferred.Concept is { } other && other != concept)
        {
            static string Clash(object? label, object? first, object? second) =>
                $"'{((ConceptLabel)label!).Text}'@{((ConceptLabel)label!).Language} is the preferred label of both {first} and {second}.";
            Report(LintRules.PrefLabelClash, LabelLocation(concept, SkosIris.PrefLabel, label), Clash, label, other, concept);
            Report(LintRules.PrefLabelClash, LabelLocation(other, SkosIris.PrefLabel, preferred.Label!), Clash, label, other, concept);
        }
        else
        {
            preferred = (concept, label);
        }
    }

    // The labels of a scheme that fold to one text in one language: the first of any kind (TZ022), and the preferred one
    // (TZ006).
    private struct FoldedLabelHolders
    {
        public (Concept Concept, ConceptLabel Label) First;
        public (Concept? Concept, ConceptLabel? Label) Preferred;
    }

    // The first label before labels[index] in its language that is equal to it after ToLowerInvariant (a concept has a
    // handful of labels: comparing pairs beats a dictionary and a lower-cased copy of every label).
    private static ConceptLabel? FirstCaseTwin(IReadOnlyList<ConceptLabel> labels, int index)
    {
        var label = labels[index];
        for (var j = 0; j < index; j++)
        {
            var other = labels[j];
            if (other.Language == label.Language && other.Text.Length == label.Text.Length && EqualLowerInvariant(other.Text, label.Text))
            {
                return other;
            }
        }

        return null;
    }

    private static bool EqualLowerInvariant(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length > 256)
        {
            return a.ToLowerInvariant() == b.ToLowerInvariant();
        }

        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        a.AsSpan().ToLowerInvariant(x);
        b.AsSpan().ToLowerInvariant(y);
        return x.SequenceEqual(y);
    }

    private static string CaseTwinMessage(Concept concept, ConceptLabel twin, ConceptLabel label) =>
        $"{concept} has '{twin.Text}'@{label.Language} ({LabelProperty(twin)}) and '{label.Text}'@{label.Language} ({LabelProperty(label)}), equal up to case: keep one.";

    private static string FoldedTwinMessage(ConceptLabel label, Concept concept, (Concept Concept, ConceptLabel Label) other) =>
        $"'{label.Text}'@{label.Language} ({LabelProperty(label)} of {concept}) equals '{other.Label.Text}' ({LabelProperty(other.Label)} of {other.Concept}) up to case, diacritics and punctuation: a search for it cannot tell them apart.";

    private static Iri PropertyOf(ConceptLabel label) => label.Kind switch
    {
        LabelKind.Preferred => SkosIris.PrefLabel,
        LabelKind.Alternative => SkosIris.AltLabel,
        _ => SkosIris.HiddenLabel,
    };

    private static string LabelProperty(ConceptLabel label) => Local(PropertyOf(label));
}
