using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>
/// One exported FHIR resource: the Firely POCO and, written once on first use by Firely's serializer, its JSON. The
/// resource is shared by every reader (the server serves the same document to all requests): treat it as read-only.
/// </summary>
public sealed class FhirExportDocument
{
    private readonly Lazy<byte[]> _json;

    /// <summary>Wraps <paramref name="resource"/>, whose canonical URL is <paramref name="url"/> (null for the Bundle).</summary>
    public FhirExportDocument(Resource resource, string? url)
    {
        Resource = resource ?? throw new ArgumentNullException(nameof(resource));
        if (string.IsNullOrEmpty(resource.Id))
        {
            throw new ArgumentException("An exported resource has an id (it names the file).", nameof(resource));
        }

        Url = url;
        _json = new Lazy<byte[]>(() => FhirResourceSerializer.SerializeJson(Resource), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The resource as built (a CodeSystem, ValueSet, ConceptMap, StructureDefinition or Bundle).</summary>
    public Resource Resource { get; }

    /// <summary>CodeSystem, ValueSet, ConceptMap, StructureDefinition or Bundle.</summary>
    public string ResourceType => Resource.TypeName;

    /// <summary>The resource id (also the file name stem).</summary>
    public string Id => Resource.Id!;

    /// <summary>The canonical URL (the Bundle has none).</summary>
    public string? Url { get; }

    /// <summary>The resource as indented UTF-8 FHIR JSON, written by Firely's <c>FhirJsonSerializer</c>.</summary>
    public byte[] Json => _json.Value;

    /// <summary>File name of the JSON form: <c>ResourceType-id.json</c>.</summary>
    public string FileName => FileNameFor(FhirFormat.Json);

    /// <summary>File name in <paramref name="format"/>: <c>ResourceType-id.json</c> or <c>ResourceType-id.xml</c>.</summary>
    public string FileNameFor(FhirFormat format) => $"{ResourceType}-{Id}.{FhirResourceSerializer.FileExtension(format)}";

    /// <summary>The resource in <paramref name="format"/>, indented UTF-8.</summary>
    public byte[] Serialize(FhirFormat format) => format == FhirFormat.Json ? Json : FhirResourceSerializer.Serialize(Resource, format);
}
