using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>
/// The elements of the R4 MetadataResource pattern (http://hl7.org/fhir/R4/metadataresource.html) every exported
/// CodeSystem, ValueSet, ConceptMap and StructureDefinition shares: id, url, version, name, title, status,
/// experimental, date, publisher, description. Empty optional values are left out (a FHIR string must not be empty).
/// </summary>
internal static class MetadataResourceFields
{
    // Title is on each resource type, not on Firely's shared interface: the callers set it.
    public static T Fill<T>(T resource, string id, string url, string version, string name, string? date, string? description, FhirExportOptions options)
        where T : Resource, IVersionableConformanceResource
    {
        resource.Id = id;
        resource.Url = url;
        resource.Version = version;
        resource.Name = name;
        resource.Status = Status(options);
        resource.Experimental = false;
        resource.Date = NullIfBlank(date);
        resource.Publisher = options.Publisher;
        resource.Description = NullIfBlank(description);
        return resource;
    }

    public static PublicationStatus Status(FhirExportOptions options) =>
        EnumUtility.ParseLiteral<PublicationStatus>(options.Status)
        ?? throw new ArgumentException($"'{options.Status}' is not a FHIR PublicationStatus (draft, active, retired, unknown).", nameof(options));

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static string? Pick(IReadOnlyDictionary<string, string> byLanguage, string language) =>
        byLanguage.TryGetValue(language, out var value) ? value
        : byLanguage.TryGetValue("en", out value) ? value
        : byLanguage.Values.FirstOrDefault();

    /// <summary>A computer-friendly FHIR <c>name</c>: <c>ggz-kern</c> becomes <c>GgzKern</c> (pattern [A-Z]([A-Za-z0-9_]){0,254}).</summary>
    public static string Name(string id)
    {
        var name = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.Length > 0 && char.IsAsciiLetterUpper(name[0]) ? name.ToString() : "X" + name;
    }
}
