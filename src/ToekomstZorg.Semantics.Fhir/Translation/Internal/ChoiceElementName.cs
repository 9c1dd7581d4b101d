namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Recognises the JSON names of FHIR choice elements (<c>value[x]</c> as <c>valueCodeableConcept</c>) so a FHIRPath
/// can name them as <c>value.ofType(CodeableConcept)</c>. Without the type model, a name is a choice when its base is
/// one of the choice elements of the resources we translate (and Extension) and its suffix a FHIR data type;
/// <c>CarePlan.activity.outcomeCodeableConcept</c> is a plain element and keeps its name.
/// </summary>
internal static class ChoiceElementName
{
    // value[x]: Extension; product[x], scheduled[x]: CarePlan.activity.detail; start[x], detail[x], due[x]: Goal;
    // occurrence[x], effective[x], onset[x], abatement[x], asNeeded[x]: resources commonly contained in a plan.
    private static readonly string[] Bases =
        ["value", "product", "scheduled", "start", "detail", "due", "occurrence", "effective", "onset", "abatement", "asNeeded"];

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "Base64Binary", "Boolean", "Canonical", "Code", "Date", "DateTime", "Decimal", "Id", "Instant", "Integer",
        "Markdown", "Oid", "PositiveInt", "String", "Time", "UnsignedInt", "Uri", "Url", "Uuid", "Address", "Age",
        "Annotation", "Attachment", "CodeableConcept", "Coding", "ContactPoint", "Count", "Distance", "Duration",
        "HumanName", "Identifier", "Money", "Period", "Quantity", "Range", "Ratio", "Reference", "SampledData",
        "Signature", "Timing", "ContactDetail", "Contributor", "DataRequirement", "Expression", "ParameterDefinition",
        "RelatedArtifact", "TriggerDefinition", "UsageContext", "Dosage", "Meta",
    };

    public static bool TrySplit(string name, out string baseName, out string typeName)
    {
        foreach (var candidate in Bases)
        {
            if (name.Length > candidate.Length
                && name.StartsWith(candidate, StringComparison.Ordinal)
                && char.IsAsciiLetterUpper(name[candidate.Length])
                && Types.Contains(name[candidate.Length..]))
            {
                baseName = candidate;
                typeName = name[candidate.Length..];
                return true;
            }
        }

        baseName = name;
        typeName = string.Empty;
        return false;
    }
}
