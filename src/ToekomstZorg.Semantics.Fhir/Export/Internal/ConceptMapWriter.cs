using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>
/// The translation of one scheme into another as a FHIR R4 ConceptMap (http://hl7.org/fhir/R4/conceptmap.html): one
/// group (source system to target system), one element per source concept, one target per match with its
/// ConceptMapEquivalence and the rationale as comment. The matches come from <see cref="ICodingTranslator"/>, so the
/// ConceptMap says exactly what FHIR translation does (composition through kern included). A concept without a
/// match gets an <c>unmatched</c> target. Invariant cmd-1 (narrower/inexact need a comment) is always met.
/// </summary>
internal static class ConceptMapWriter
{
    public static byte[] Write(
        ExportScheme source, ExportScheme target, string id, string url, string sourceValueSet, string targetValueSet,
        string version, ICodingTranslator translator, FhirExportOptions options) => ExportJson.Write(writer =>
    {
        writer.WriteStartMetadataResource(
            "ConceptMap", id, url, version, ExportJson.Name(source.Key + "-to-" + target.Key),
            $"{ExportJson.Pick(source.PrefLabels, options.DisplayLanguage) ?? source.Key} → {ExportJson.Pick(target.PrefLabels, options.DisplayLanguage) ?? target.Key}",
            date: null, $"Translation of {source.Iri} into {target.Iri}. Equivalence reads \"the target is ... the source\".", options);
        writer.WriteString("sourceCanonical", sourceValueSet);
        writer.WriteString("targetCanonical", targetValueSet);
        if (source.Concepts.Count > 0)
        {
            writer.WriteStartArray("group");
            writer.WriteStartObject();
            writer.WriteString("source", source.Iri);
            writer.WriteString("sourceVersion", version);
            writer.WriteString("target", target.Iri);
            writer.WriteString("targetVersion", version);
            writer.WriteStartArray("element");
            foreach (var concept in source.Concepts)
            {
                writer.WriteStartObject();
                writer.WriteString("code", concept.Code);
                writer.WriteStringIfAny("display", ExportJson.Pick(concept.PrefLabels, options.DisplayLanguage));
                writer.WriteStartArray("target");
                var translation = translator.Translate(source.Iri, concept.Code, target.Iri);
                if (translation.Status == CodingTranslationStatus.Matched && translation.Matches.Count > 0)
                {
                    foreach (var match in translation.Matches)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("code", match.Code);
                        writer.WriteStringIfAny("display", match.Display);
                        writer.WriteString("equivalence", match.Equivalence.ToFhirCode());
                        writer.WriteString("comment", Comment(match));
                        writer.WriteEndObject();
                    }
                }
                else
                {
                    writer.WriteStartObject();
                    writer.WriteString("equivalence", Equivalence.Unmatched.ToFhirCode());
                    writer.WriteString("comment", $"No mapping from {source.Key} to {target.Key}.");
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

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
