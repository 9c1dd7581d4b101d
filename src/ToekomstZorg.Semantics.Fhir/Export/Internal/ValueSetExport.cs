using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>A scheme as a FHIR R4 ValueSet of all its codes: <c>compose.include.system</c> = the scheme IRI.</summary>
internal static class ValueSetExport
{
    public static ValueSet Build(ExportScheme scheme, string version, string url, FhirExportOptions options)
    {
        var valueSet = MetadataResourceFields.Fill(
            new ValueSet { Title = MetadataResourceFields.NullIfBlank(MetadataResourceFields.Pick(scheme.PrefLabels, options.DisplayLanguage)) },
            scheme.Key, url, version, MetadataResourceFields.Name(scheme.Key), scheme.Modified, $"All concepts of the scheme {scheme.Iri}.", options);
        valueSet.Compose = new ValueSet.ComposeComponent
        {
            Include = [new ValueSet.ConceptSetComponent { System = scheme.Iri, Version = version }],
        };
        return valueSet;
    }
}
