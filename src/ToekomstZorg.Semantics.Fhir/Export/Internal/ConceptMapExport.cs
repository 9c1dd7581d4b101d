using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>
/// The translation of one scheme into another as a FHIR R4 ConceptMap (http://hl7.org/fhir/R4/conceptmap.html): one
/// group (source system to target system), one element per source concept, one target per match with its
/// ConceptMapEquivalence (<c>group.element.target.equivalence</c>) and the rationale as comment. The matches come from
/// <see cref="ICodingTranslator"/>, so the ConceptMap says exactly what FHIR translation does (composition through
/// kern included). A concept without a match gets an <c>unmatched</c> target. Invariant cmd-1 (narrower/inexact need a
/// comment) is always met.
/// </summary>
internal static class ConceptMapExport
{
    public static ConceptMap Build(
        ExportScheme source, ExportScheme target, string id, string url, string sourceValueSet, string targetValueSet,
        string version, ICodingTranslator translator, FhirExportOptions options)
    {
        var map = MetadataResourceFields.Fill(
            new ConceptMap { Title = $"{MetadataResourceFields.Pick(source.PrefLabels, options.DisplayLanguage) ?? source.Key} → {MetadataResourceFields.Pick(target.PrefLabels, options.DisplayLanguage) ?? target.Key}" },
            id, url, version, MetadataResourceFields.Name(source.Key + "-to-" + target.Key), date: null, $"Translation of {source.Iri} into {target.Iri}. Equivalence reads \"the target is ... the source\".", options);
        map.Source = new Canonical(sourceValueSet);
        map.Target = new Canonical(targetValueSet);
        if (source.Concepts.Count == 0)
        {
            return map;
        }

        var group = new ConceptMap.GroupComponent
        {
            Source = source.Iri,
            SourceVersion = version,
            Target = target.Iri,
            TargetVersion = version,
            Element = new List<ConceptMap.SourceElementComponent>(source.Concepts.Count),
        };
        foreach (var concept in source.Concepts)
        {
            var element = new ConceptMap.SourceElementComponent
            {
                Code = concept.Code,
                Display = MetadataResourceFields.NullIfBlank(MetadataResourceFields.Pick(concept.PrefLabels, options.DisplayLanguage)),
            };
            var translation = translator.Translate(source.Iri, concept.Code, target.Iri);
            if (translation.Status == CodingTranslationStatus.Matched && translation.Matches.Count > 0)
            {
                foreach (var match in translation.Matches)
                {
                    element.Target.Add(new ConceptMap.TargetElementComponent
                    {
                        Code = match.Code,
                        Display = MetadataResourceFields.NullIfBlank(match.Display),
                        Equivalence = EquivalenceOf(match.Equivalence),
                        Comment = Comment(match),
                    });
                }
            }
            else
            {
                element.Target.Add(new ConceptMap.TargetElementComponent
                {
                    Equivalence = ConceptMapEquivalence.Unmatched,
                    Comment = $"No mapping from {source.Key} to {target.Key}.",
                });
            }

            group.Element.Add(element);
        }

        map.Group.Add(group);
        return map;
    }

    // The vocabulary's equivalence names are the R4 ConceptMapEquivalence codes (Equivalence.ToFhirCode), so Firely's
    // own literal table maps them; a code it does not know is a bug in the vocabulary model, not in the input.
    private static ConceptMapEquivalence EquivalenceOf(Equivalence equivalence) =>
        EnumUtility.ParseLiteral<ConceptMapEquivalence>(equivalence.ToFhirCode())
        ?? throw new InvalidOperationException($"'{equivalence.ToFhirCode()}' is not an R4 ConceptMapEquivalence code.");

    private static string Comment(CodingMatch match)
    {
        var parts = match.Rationales.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (match.IsFalseFriend || match.Warnings.Count > 0)
        {
            parts.AddRange(match.Warnings.Select(w => "Warning: " + w));
        }

        return parts.Count > 0 ? string.Join(" | ", parts) : $"Mapped as {match.Equivalence.ToFhirCode()}; no rationale recorded.";
    }
}
