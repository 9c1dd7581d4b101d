using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Skos.Internal;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Skos;

public sealed partial class SkosGraphVocabulary : ICodingTranslator
{
    private static readonly (SkosMappingProperty Property, Iri Iri)[] MappingProperties =
    [
        (SkosMappingProperty.ExactMatch, new Iri(SkosTerms.Skos + "exactMatch")),
        (SkosMappingProperty.CloseMatch, new Iri(SkosTerms.Skos + "closeMatch")),
        (SkosMappingProperty.BroadMatch, new Iri(SkosTerms.Skos + "broadMatch")),
        (SkosMappingProperty.NarrowMatch, new Iri(SkosTerms.Skos + "narrowMatch")),
        (SkosMappingProperty.RelatedMatch, new Iri(SkosTerms.Skos + "relatedMatch")),
    ];

    /// <inheritdoc />
    public string VocabularyVersion => Export.Version;

    /// <inheritdoc />
    public bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem)
    {
        canonicalSystem = _schemesByKeyOrIri.TryGetValue(systemOrKey.TrimEnd('/'), out var scheme) ? scheme.Iri : null;
        return canonicalSystem is not null;
    }

    /// <inheritdoc />
    public CodingTranslation Translate(string system, string code, string targetSystem)
    {
        if (!_schemesByKeyOrIri.TryGetValue(system, out var scheme) || !_schemesByKeyOrIri.TryGetValue(targetSystem, out var target)
            || scheme.Concepts.FirstOrDefault(c => c.Code == code) is not { } source)
        {
            return CodingTranslation.UnknownCode;
        }

        var sourceDisplay = Label(source);
        var best = new Dictionary<string, (Equivalence Equivalence, List<SkosMappingEdge> Hops)>(StringComparer.Ordinal);
        foreach (var first in EdgesOf(source.Iri))
        {
            var firstTo = _concepts[first.To];
            if (firstTo.Scheme == target)
            {
                Offer(best, first.To, HopEquivalence(first), [first]);
            }
            else if (firstTo.Scheme.Key == CoreSchemeKey && scheme.Key != CoreSchemeKey && target.Key != CoreSchemeKey)
            {
                foreach (var second in EdgesOf(first.To))
                {
                    if (_concepts[second.To].Scheme == target)
                    {
                        Offer(best, second.To, Compose(HopEquivalence(first), HopEquivalence(second)), [first, second]);
                    }
                }
            }
        }

        if (best.Count == 0)
        {
            return CodingTranslation.Unmatched(sourceDisplay);
        }

        // A CodeableConcept's codings should mean the same thing: when an equivalent target exists, weaker ones go.
        var hasEquivalent = best.Values.Any(b => Rank(b.Equivalence) == 0);
        var matches = best
            .Where(b => !hasEquivalent || Rank(b.Value.Equivalence) == 0)
            .OrderBy(b => Rank(b.Value.Equivalence)).ThenBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => Match(source, _concepts[b.Key].Concept, target, b.Value.Equivalence, b.Value.Hops))
            .ToArray();
        return new CodingTranslation(CodingTranslationStatus.Matched, matches, sourceDisplay);
    }

    private CodingMatch Match(ExportConcept source, ExportConcept concept, ExportScheme target, Equivalence equivalence, List<SkosMappingEdge> hops)
    {
        var path = new List<string> { source.Iri };
        foreach (var hop in hops)
        {
            path.Add((hop.Reversed ? "^skos:" : "skos:") + char.ToLowerInvariant(hop.Property.ToString()[0]) + hop.Property.ToString()[1..]);
            path.Add(hop.To);
        }

        var rationales = hops.Select(h => h.Rationale).OfType<string>().ToArray();
        var declared = _falseFriends.TryGetValue((source.Iri, concept.Iri), out var falseFriendRationale);
        var sameLabel = equivalence is not (Equivalence.Equivalent or Equivalence.Equal)
            && string.Equals(Label(source), Label(concept), StringComparison.OrdinalIgnoreCase);
        var warnings = declared || sameLabel
            ? new[] { $"false friend: '{Label(source)}' does not mean the same in both schemes" + (falseFriendRationale is null ? "." : $" ({falseFriendRationale})") }
            : [];
        return new CodingMatch(target.Iri, concept.Code, Label(concept), equivalence, path, rationales, warnings, declared || sameLabel);
    }

    private IEnumerable<SkosMappingEdge> EdgesOf(string conceptIri) =>
        _edges.TryGetValue(conceptIri, out var edges) ? edges : [];

    private static void Offer(Dictionary<string, (Equivalence, List<SkosMappingEdge>)> best, string target, Equivalence equivalence, List<SkosMappingEdge> hops)
    {
        // Several paths to one target: keep the strongest; on a tie the shorter (a direct sector pair beats kern).
        if (!best.TryGetValue(target, out var current) || Rank(equivalence) < Rank(current.Item1)
            || (Rank(equivalence) == Rank(current.Item1) && hops.Count < current.Item2.Count))
        {
            best[target] = (equivalence, hops);
        }
    }

    // VOCAB-DESIGN "Translation semantics": one hop, read forwards or backwards.
    private static Equivalence HopEquivalence(SkosMappingEdge edge) => edge.Property switch
    {
        SkosMappingProperty.ExactMatch => Equivalence.Equivalent,
        SkosMappingProperty.CloseMatch => Equivalence.Inexact,
        SkosMappingProperty.BroadMatch => edge.Reversed ? Equivalence.Narrower : Equivalence.Wider,
        SkosMappingProperty.NarrowMatch => edge.Reversed ? Equivalence.Wider : Equivalence.Narrower,
        _ => Equivalence.RelatedTo,
    };

    // VOCAB-DESIGN "Composition": conservative; only a chain of exact matches is equivalent.
    internal static Equivalence Compose(Equivalence first, Equivalence second) => (first, second) switch
    {
        (Equivalence.RelatedTo, _) or (_, Equivalence.RelatedTo) => Equivalence.RelatedTo,
        (Equivalence.Inexact, _) or (_, Equivalence.Inexact) => Equivalence.Inexact,
        (Equivalence.Equivalent, var x) => x,
        (var x, Equivalence.Equivalent) => x,
        (Equivalence.Wider, Equivalence.Wider) => Equivalence.Wider,
        (Equivalence.Narrower, Equivalence.Narrower) => Equivalence.Narrower,
        _ => Equivalence.Inexact,
    };

    private static int Rank(Equivalence equivalence) => equivalence switch
    {
        Equivalence.Equal or Equivalence.Equivalent => 0,
        Equivalence.Wider or Equivalence.Subsumes => 1,
        Equivalence.Narrower or Equivalence.Specializes => 2,
        Equivalence.Inexact => 3,
        _ => 4,
    };

    private static string Label(ExportConcept concept) =>
        concept.PrefLabels.TryGetValue("nl", out var nl) ? nl : concept.PrefLabels.Values.FirstOrDefault() ?? concept.Code;
}
