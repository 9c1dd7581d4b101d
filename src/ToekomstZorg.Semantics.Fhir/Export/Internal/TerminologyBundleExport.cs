using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>A FHIR R4 Bundle of type collection; each entry's fullUrl is the resource's canonical URL.</summary>
internal static class TerminologyBundleExport
{
    public const string Id = "toekomstzorg-terminology";

    public static Bundle Build(IReadOnlyList<FhirExportDocument> resources, string version)
    {
        var bundle = new Bundle
        {
            Id = Id,
            // meta.versionId is an id ([A-Za-z0-9\-\.]{1,64}); a vocabulary version that is not one gets "1".
            Meta = new Meta { VersionId = version.Length <= 64 && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') ? version : "1" },
            Type = Bundle.BundleType.Collection,
        };
        foreach (var resource in resources)
        {
            // bdl-7 / bdl-15 want a fullUrl on every entry: every exported resource is a canonical resource with a url.
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = resource.Url, Resource = resource.Resource });
        }

        return bundle;
    }
}
