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
        foreach (var (triple, _) in graph.MatchWithSources(null, SkosIris.TopConceptOf))
        {
            AddTop(tops, triple.Subject, triple.Object);
        }

        foreach (var (triple, _) in graph.MatchWithSources(null, SkosIris.HasTopConcept))
        {
            AddTop(tops, triple.Object, triple.Subject);
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
                    Report(LintRules.UnreachableFromTopConcept,
                        $"{concept} is reachable from no top concept of {scheme.Key}: give it a skos:broader (with its skos:narrower) inside the hierarchy, or make it skos:topConceptOf {scheme.Key}.",
                        concept.Location);
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
        foreach (var (triple, _) in graph.MatchWithSources(null, SkosIris.Broader))
        {
            if (triple.Subject is Iri child && triple.Object is Iri parent)
            {
                broader.Add((child.Value, parent.Value));
            }
        }

        foreach (var (triple, _) in graph.MatchWithSources(null, SkosIris.Narrower))
        {
            if (triple.Subject is Iri parent && triple.Object is Iri child)
            {
                narrower.Add((child.Value, parent.Value));
            }
        }

        foreach (var (property, inverse, written, others) in new[]
                 {
                     (SkosIris.Broader, "skos:narrower", true, narrower),
                     (SkosIris.Narrower, "skos:broader", false, broader),
                 })
        {
            foreach (var (triple, source) in graph.MatchWithSources(null, property))
            {
                if (triple.Subject is not Iri s || triple.Object is not Iri o)
                {
                    continue;
                }

                var (child, parent) = written ? (s.Value, o.Value) : (o.Value, s.Value);
                if (!others.Contains((child, parent)) && IsHousePair(child, parent))
                {
                    var message = written
                        ? $"{snapshot.FindByIri(child)} skos:broader {snapshot.FindByIri(parent)} without {snapshot.FindByIri(parent)} {inverse} {snapshot.FindByIri(child)}: write both."
                        : $"{snapshot.FindByIri(parent)} skos:narrower {snapshot.FindByIri(child)} without {snapshot.FindByIri(child)} {inverse} {snapshot.FindByIri(parent)}: write both.";
                    Report(LintRules.MissingInverse, message, At(source, atObject: true));
                }
            }
        }
    }

    private bool IsHousePair(string child, string parent) =>
        snapshot.FindByIri(child) is { Scheme.IsReference: false } c && snapshot.FindByIri(parent) is { } p && p.Scheme == c.Scheme;

    // TZ022. Across the concepts of a house scheme: any two labels (pref, alt, hidden) in one language that fold to the
    // same text (case, diacritics, punctuation); two preferred labels are TZ006's. Within one concept: two labels in one
    // language that differ only in case (a hidden label without diacritics is the usual search aid and is fine).
    private void CheckLabelsUpToCase()
    {
        foreach (var scheme in snapshot.Schemes)
        {
            if (scheme.IsReference)
            {
                continue;
            }

            var seen = new Dictionary<(string Language, string Folded), (Concept Concept, ConceptLabel Label)>();
            foreach (var concept in scheme.Concepts)
            {
                Dictionary<(string Language, string Lower), ConceptLabel>? own = null;
                foreach (var label in concept.Labels)
                {
                    own ??= new Dictionary<(string Language, string Lower), ConceptLabel>();
                    var lower = (label.Language, label.Text.ToLowerInvariant());
                    if (own.TryGetValue(lower, out var twin))
                    {
                        if (twin.Text != label.Text)
                        {
                            Report(LintRules.LabelEqualUpToCase,
                                $"{concept} has '{twin.Text}'@{label.Language} ({LabelProperty(twin)}) and '{label.Text}'@{label.Language} ({LabelProperty(label)}), equal up to case: keep one.",
                                LabelLocation(concept, PropertyOf(label), label));
                        }
                    }
                    else
                    {
                        own[lower] = label;
                    }

                    var key = (label.Language, LabelNormalizer.Normalize(label.Text));
                    if (!seen.TryGetValue(key, out var other))
                    {
                        seen[key] = (concept, label);
                    }
                    else if (other.Concept != concept && !(other.Label.Kind == LabelKind.Preferred && label.Kind == LabelKind.Preferred))
                    {
                        Report(LintRules.LabelEqualUpToCase,
                            $"'{label.Text}'@{label.Language} ({LabelProperty(label)} of {concept}) equals '{other.Label.Text}' ({LabelProperty(other.Label)} of {other.Concept}) up to case, diacritics and punctuation: a search for it cannot tell them apart.",
                            LabelLocation(concept, PropertyOf(label), label));
                    }
                }
            }
        }
    }

    private static Iri PropertyOf(ConceptLabel label) => label.Kind switch
    {
        LabelKind.Preferred => SkosIris.PrefLabel,
        LabelKind.Alternative => SkosIris.AltLabel,
        _ => SkosIris.HiddenLabel,
    };

    private static string LabelProperty(ConceptLabel label) => Local(PropertyOf(label));
}
