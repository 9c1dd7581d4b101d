using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Export.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;

namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>
/// A designation of a concept, as the exported CodeSystem (<c>CodeSystem.concept.designation</c>), ValueSet/$expand
/// (<c>ValueSet.expansion.contains.designation</c>) and CodeSystem/$lookup (the <c>designation</c> part) all give it
/// (http://hl7.org/fhir/R4/codesystem-definitions.html#CodeSystem.concept.designation): the preferred labels, then the
/// alternative labels with use SNOMED CT 900000000000013009 "Synonym".
/// </summary>
/// <param name="Language">The label's language tag; empty for a label without one.</param>
/// <param name="Value">The label.</param>
/// <param name="IsSynonym">Whether the label is an <c>skos:altLabel</c> (use = Synonym) rather than an <c>skos:prefLabel</c>.</param>
public readonly record struct ConceptDesignation(string Language, string Value, bool IsSynonym)
{
    /// <summary>The code system of the designation use of an alternative label: SNOMED CT.</summary>
    public const string UseSystem = "http://snomed.info/sct";

    /// <summary>SNOMED CT 900000000000013009 |Synonym|, the designation use of an alternative label.</summary>
    public const string SynonymCode = "900000000000013009";

    /// <summary>The display of <see cref="SynonymCode"/>.</summary>
    public const string SynonymDisplay = "Synonym";

    /// <summary>The designations of an exported concept: its preferred labels by language tag, then its alternative labels.</summary>
    internal static IEnumerable<ConceptDesignation> Of(ExportConcept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return Of(concept.PrefLabels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new ConceptLabel(l.Value, l.Key, LabelKind.Preferred))
            .Concat(concept.AltLabels.Select(l => new ConceptLabel(l.Text, l.Language, LabelKind.Alternative))));
    }

    /// <summary>
    /// The FHIR designations of a looked-up concept's designations (<see cref="LookupResult.Designations"/>, in their
    /// order): preferred and alternative labels; hidden labels are for search only and have no FHIR designation here.
    /// A label that is empty or white space only is left out (a FHIR string must not be).
    /// </summary>
    public static IEnumerable<ConceptDesignation> Of(IEnumerable<ConceptLabel> designations)
    {
        ArgumentNullException.ThrowIfNull(designations);
        foreach (var label in designations)
        {
            if (label.Kind != LabelKind.Hidden && !string.IsNullOrWhiteSpace(label.Text))
            {
                yield return new ConceptDesignation(label.Language, label.Text, IsSynonym: label.Kind == LabelKind.Alternative);
            }
        }
    }

    /// <summary>The designation as a Firely <c>ValueSet.expansion.contains.designation</c> (ValueSet/$expand with includeDesignations): language (when any), use (for a synonym), value.</summary>
    public ValueSet.DesignationComponent ToValueSetDesignation() => new()
    {
        Language = string.IsNullOrWhiteSpace(Language) ? null : Language,
        Use = IsSynonym ? new Coding(UseSystem, SynonymCode, SynonymDisplay) : null,
        Value = Value,
    };

    /// <summary>The designation as a Firely <c>CodeSystem.concept.designation</c>: language (when any), use (for a synonym), value.</summary>
    public CodeSystem.DesignationComponent ToCodeSystemDesignation() => new()
    {
        Language = string.IsNullOrWhiteSpace(Language) ? null : Language,
        Use = IsSynonym ? new Coding(UseSystem, SynonymCode, SynonymDisplay) : null,
        Value = Value,
    };
}
