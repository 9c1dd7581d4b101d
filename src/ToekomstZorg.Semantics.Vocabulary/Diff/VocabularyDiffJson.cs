using System.Text.Json;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>
/// The JSON form of a <see cref="VocabularyDiff"/>, written once for every edge that serves it (<c>tzsem diff --format
/// json</c>, the server's release notes). Shape (every list sorted as the diff is; absent values are <c>null</c>):
/// <code>
/// { "old_version": "…", "new_version": "…",
///   "counts": { "schemes_added", "schemes_removed", "concepts_added", "concepts_removed", "concepts_deprecated",
///               "concepts_reinstated", "concept_changes", "mappings_added", "mappings_removed", "mappings_changed",
///               "false_friends_added", "false_friends_removed", "impact", "impacted_translations",
///               "translations_compared" },                                   (all integers)
///   "schemes_added": ["key"], "schemes_removed": ["key"],
///   "concepts_added": [CONCEPT], "concepts_removed": [CONCEPT], "concepts_reinstated": [CONCEPT],
///   "concepts_deprecated": [{ "concept": CONCEPT, "replaced_by": [CONCEPT] }],
///   "concept_changes": [{ "concept": CONCEPT, "field": "pref_label|alt_label|hidden_label|definition|scope_note|
///                          editorial_note|source|broader|code", "language": "nl"|null, "old": "…"|null, "new": "…"|null }],
///   "mappings_added": [MAPPING], "mappings_removed": [MAPPING],
///   "mappings_changed": [{ "old": MAPPING, "new": MAPPING, "relation_changed": bool, "rationale_changed": bool }],
///   "false_friends_added": [PAIR], "false_friends_removed": [PAIR],
///   "impact": [{ "source": CONCEPT, "target_scheme": "vaph", "target": CONCEPT,
///                "change": "gained|lost|equivalence_changed|warning_changed",
///                "old_equivalence": "equivalent"|null, "new_equivalence": "inexact"|null,
///                "old_false_friend": bool|null, "new_false_friend": bool|null }] }
/// CONCEPT = { "scheme": "ggz"|null, "code": "…", "iri": "…", "label": "…" }   (scheme null: an IRI outside the vocabulary)
/// MAPPING = { "subject": CONCEPT, "relation": "exactMatch|closeMatch|broadMatch|narrowMatch|relatedMatch",
///             "object": CONCEPT, "rationale": "…"|null }
/// PAIR    = { "first": CONCEPT, "second": CONCEPT, "rationale": "…"|null }
/// </code>
/// Equivalences are FHIR R4 ConceptMapEquivalence codes.
/// </summary>
public static class VocabularyDiffJson
{
    /// <summary>Writes the diff as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, VocabularyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(diff);
        json.WriteStartObject();
        json.WriteString("old_version", diff.OldVersion);
        json.WriteString("new_version", diff.NewVersion);
        WriteCounts(json, diff);
        WriteArray(json, "schemes_added", diff.SchemesAdded, static (json, key) => json.WriteStringValue(key));
        WriteArray(json, "schemes_removed", diff.SchemesRemoved, static (json, key) => json.WriteStringValue(key));
        WriteArray(json, "concepts_added", diff.ConceptsAdded, WriteConceptValue);
        WriteArray(json, "concepts_removed", diff.ConceptsRemoved, WriteConceptValue);
        WriteArray(json, "concepts_reinstated", diff.ConceptsReinstated, WriteConceptValue);
        WriteArray(json, "concepts_deprecated", diff.ConceptsDeprecated, static (json, deprecation) =>
        {
            json.WriteStartObject();
            WriteConcept(json, "concept", deprecation.Concept);
            WriteArray(json, "replaced_by", deprecation.ReplacedBy, WriteConceptValue);
            json.WriteEndObject();
        });
        WriteArray(json, "concept_changes", diff.ConceptChanges, static (json, change) =>
        {
            json.WriteStartObject();
            WriteConcept(json, "concept", change.Concept);
            json.WriteString("field", change.Field.ToName());
            json.WriteString("language", change.Language);
            json.WriteString("old", change.Old);
            json.WriteString("new", change.New);
            json.WriteEndObject();
        });
        WriteArray(json, "mappings_added", diff.MappingsAdded, WriteMapping);
        WriteArray(json, "mappings_removed", diff.MappingsRemoved, WriteMapping);
        WriteArray(json, "mappings_changed", diff.MappingsChanged, static (json, change) =>
        {
            json.WriteStartObject();
            json.WritePropertyName("old");
            WriteMapping(json, change.Old);
            json.WritePropertyName("new");
            WriteMapping(json, change.New);
            json.WriteBoolean("relation_changed", change.RelationChanged);
            json.WriteBoolean("rationale_changed", change.RationaleChanged);
            json.WriteEndObject();
        });
        WriteArray(json, "false_friends_added", diff.FalseFriendsAdded, WriteFalseFriend);
        WriteArray(json, "false_friends_removed", diff.FalseFriendsRemoved, WriteFalseFriend);
        WriteArray(json, "impact", diff.Impact, static (json, item) =>
        {
            json.WriteStartObject();
            WriteConcept(json, "source", item.Source);
            json.WriteString("target_scheme", item.TargetScheme);
            WriteConcept(json, "target", item.Target);
            json.WriteString("change", item.Kind.ToName());
            json.WriteString("old_equivalence", item.OldEquivalence?.ToFhirCode());
            json.WriteString("new_equivalence", item.NewEquivalence?.ToFhirCode());
            WriteNullableBoolean(json, "old_false_friend", item.OldFalseFriend);
            WriteNullableBoolean(json, "new_false_friend", item.NewFalseFriend);
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    /// <summary>Writes only the <c>"counts"</c> property (inside an object the caller has started): a summary of the diff.</summary>
    public static void WriteCounts(Utf8JsonWriter json, VocabularyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(diff);
        json.WriteStartObject("counts");
        json.WriteNumber("schemes_added", diff.SchemesAdded.Count);
        json.WriteNumber("schemes_removed", diff.SchemesRemoved.Count);
        json.WriteNumber("concepts_added", diff.ConceptsAdded.Count);
        json.WriteNumber("concepts_removed", diff.ConceptsRemoved.Count);
        json.WriteNumber("concepts_deprecated", diff.ConceptsDeprecated.Count);
        json.WriteNumber("concepts_reinstated", diff.ConceptsReinstated.Count);
        json.WriteNumber("concept_changes", diff.ConceptChanges.Count);
        json.WriteNumber("mappings_added", diff.MappingsAdded.Count);
        json.WriteNumber("mappings_removed", diff.MappingsRemoved.Count);
        json.WriteNumber("mappings_changed", diff.MappingsChanged.Count);
        json.WriteNumber("false_friends_added", diff.FalseFriendsAdded.Count);
        json.WriteNumber("false_friends_removed", diff.FalseFriendsRemoved.Count);
        json.WriteNumber("impact", diff.Impact.Count);
        json.WriteNumber("impacted_translations", diff.ImpactedTranslations);
        json.WriteNumber("translations_compared", diff.TranslationsCompared);
        json.WriteEndObject();
    }

    // Every list of the document: a named array, one value per item.
    private static void WriteArray<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteConcept(Utf8JsonWriter json, string name, DiffConcept concept)
    {
        json.WritePropertyName(name);
        WriteConceptValue(json, concept);
    }

    private static void WriteConceptValue(Utf8JsonWriter json, DiffConcept concept)
    {
        json.WriteStartObject();
        json.WriteString("scheme", concept.IsInVocabulary ? concept.Scheme : null);
        json.WriteString("code", concept.Code);
        json.WriteString("iri", concept.Iri);
        json.WriteString("label", concept.Label);
        json.WriteEndObject();
    }

    private static void WriteMapping(Utf8JsonWriter json, DiffMapping mapping)
    {
        json.WriteStartObject();
        WriteConcept(json, "subject", mapping.Subject);
        json.WriteString("relation", mapping.Relation.LocalName());
        WriteConcept(json, "object", mapping.Object);
        json.WriteString("rationale", mapping.Rationale);
        json.WriteEndObject();
    }

    private static void WriteFalseFriend(Utf8JsonWriter json, DiffFalseFriend pair)
    {
        json.WriteStartObject();
        WriteConcept(json, "first", pair.First);
        WriteConcept(json, "second", pair.Second);
        json.WriteString("rationale", pair.Rationale);
        json.WriteEndObject();
    }

    private static void WriteNullableBoolean(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } b)
        {
            json.WriteBoolean(name, b);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
