using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Skos;

namespace ToekomstZorg.Semantics.Site.LinkedData.Internal;

/// <summary>
/// The triples served for a concept or scheme, taken as written from the snapshot's graph:
/// a concept's own triples (it is the subject), the mapping and false-friend triples that point at it, and the
/// <c>owl:Axiom</c> annotations whose source or target it is; every blank node reached is described in full.
/// A scheme is its own triples plus the description of each of its concepts.
/// </summary>
internal static class ResourceDescription
{
    private static readonly Iri[] Incoming =
        [.. SkosIris.MappingProperties.Select(p => p.Iri), SkosIris.FalseFriendOf];

    public static RdfGraph Of(VocabularySnapshot snapshot, Concept concept)
    {
        var graph = NewGraph(snapshot.Graph);
        AddConcept(snapshot.Graph, graph, new Iri(concept.Iri));
        return graph;
    }

    public static RdfGraph Of(VocabularySnapshot snapshot, ConceptScheme scheme)
    {
        var graph = NewGraph(snapshot.Graph);
        AddClosure(snapshot.Graph, graph, new Iri(scheme.Iri));
        foreach (var concept in scheme.Concepts)
        {
            AddConcept(snapshot.Graph, graph, new Iri(concept.Iri));
        }

        return graph;
    }

    private static void AddConcept(RdfGraph source, RdfGraph target, Iri concept)
    {
        AddClosure(source, target, concept);
        foreach (var property in Incoming)
        {
            foreach (var triple in source.Match(null, property, concept))
            {
                target.Add(triple);
            }
        }

        foreach (var end in (Iri[])[SkosIris.AnnotatedSource, SkosIris.AnnotatedTarget])
        {
            foreach (var triple in source.Match(null, end, concept).ToList())
            {
                if (triple.Subject is BlankNode)
                {
                    AddClosure(source, target, triple.Subject);
                }
            }
        }
    }

    // The subject's triples, and those of every blank node they lead to (a concise bounded description).
    private static void AddClosure(RdfGraph source, RdfGraph target, RdfTerm subject)
    {
        var pending = new Stack<RdfTerm>();
        pending.Push(subject);
        var seen = new HashSet<RdfTerm>();
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var triple in source.Match(next).ToList())
            {
                target.Add(triple);
                if (triple.Object is BlankNode blank)
                {
                    pending.Push(blank);
                }
            }
        }
    }

    private static RdfGraph NewGraph(RdfGraph source)
    {
        var graph = new RdfGraph();
        foreach (var (prefix, ns) in source.Namespaces)
        {
            graph.SetNamespace(prefix, ns);
        }

        return graph;
    }
}
