using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Rest.Operations;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Fhir.Rest;

/// <summary>
/// The FHIR R4 REST facade over one vocabulary version: each interaction is a function from a
/// <see cref="FhirRestRequest"/> to a Firely resource (written by the host with Firely's serializers, JSON or XML), and
/// each answer comes from the <see cref="VocabularySnapshot"/>'s own operations (Lookup, ValidateCode, Subsumes, Expand,
/// Translate). Parameters bodies are read with Firely's deserializers. A caller's mistake, an unknown code system or
/// an unknown code is a <see cref="FhirOperationException"/> carrying the HTTP status and the OperationOutcome
/// (<see cref="FhirRestOutcome"/>). The host only maps HTTP: routes, methods, content negotiation, body decoding.
/// Thread-safe.
/// </summary>
public sealed class FhirRestFacade
{
    /// <summary>Canonical base of the operations this server defines itself (resource $translate).</summary>
    public const string OwnOperationBase = "https://w3id.org/toekomstzorg/fhir/OperationDefinition/";

    /// <summary>Why the resource $translate takes and gives JSON only (the text of its 415 and 406 answers).</summary>
    public const string ResourceTranslationIsJsonOnly =
        "$translate of a CarePlan, CareTeam or Bundle is byte-preserving: every byte it does not translate is returned as sent, so it reads and writes FHIR JSON only (application/fhir+json), not XML.";

    private readonly Func<IReadOnlyList<FhirExportDocument>> _resources;

    /// <summary>A facade over <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">The vocabulary version every answer comes from.</param>
    /// <param name="exporter">Its FHIR terminology export (canonical URLs of ValueSets and ConceptMaps).</param>
    /// <param name="translator">CarePlan/CareTeam/Bundle translation over the snapshot.</param>
    /// <param name="resources">The exported resources read and searched (called per request; the caller caches them).</param>
    /// <param name="loadedAt">When the version was loaded (CapabilityStatement.date, Bundle.meta.lastUpdated).</param>
    public FhirRestFacade(
        VocabularySnapshot snapshot, FhirTerminologyExporter exporter, FhirResourceTranslator translator,
        Func<IReadOnlyList<FhirExportDocument>> resources, DateTimeOffset loadedAt)
    {
        Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        Exporter = exporter ?? throw new ArgumentNullException(nameof(exporter));
        Translator = translator ?? throw new ArgumentNullException(nameof(translator));
        _resources = resources ?? throw new ArgumentNullException(nameof(resources));
        LoadedAt = loadedAt;
    }

    /// <summary>The resource types that can be read and searched.</summary>
    public static IReadOnlyList<string> CanonicalResourceTypes { get; } = ["CodeSystem", "ValueSet", "ConceptMap", "StructureDefinition"];

    /// <summary>The resource types with a byte-preserving <c>$translate</c>.</summary>
    public static IReadOnlyList<string> TranslatableResourceTypes { get; } = ["CarePlan", "CareTeam", "Bundle"];

    internal VocabularySnapshot Snapshot { get; }

    internal FhirTerminologyExporter Exporter { get; }

    internal FhirResourceTranslator Translator { get; }

    internal IReadOnlyList<FhirExportDocument> Resources => _resources();

    internal DateTimeOffset LoadedAt { get; }

    internal string Version => Snapshot.Version;

    /// <summary><c>metadata</c>: the CapabilityStatement, or with <c>mode=terminology</c> the TerminologyCapabilities.</summary>
    public Resource Metadata(FhirRestRequest request) => MetadataOperation.Run(this, Checked(request));

    /// <summary>CodeSystem/$lookup.</summary>
    public Parameters Lookup(FhirRestRequest request) => LookupOperation.Run(this, Checked(request));

    /// <summary>CodeSystem/$validate-code (type level, or on the instance <see cref="FhirRestRequest.Id"/>).</summary>
    public Parameters CodeSystemValidateCode(FhirRestRequest request) => CodeSystemValidateCodeOperation.Run(this, Checked(request));

    /// <summary>CodeSystem/$subsumes (type level, or on the instance <see cref="FhirRestRequest.Id"/>).</summary>
    public Parameters Subsumes(FhirRestRequest request) => SubsumesOperation.Run(this, Checked(request));

    /// <summary>ValueSet/$expand (type level, or on the instance <see cref="FhirRestRequest.Id"/>).</summary>
    public ValueSet Expand(FhirRestRequest request) => ExpandOperation.Run(this, Checked(request));

    /// <summary>ValueSet/$validate-code (type level, or on the instance <see cref="FhirRestRequest.Id"/>).</summary>
    public Parameters ValueSetValidateCode(FhirRestRequest request) => ValueSetValidateCodeOperation.Run(this, Checked(request));

    /// <summary>ConceptMap/$translate (type level, or on the instance <see cref="FhirRestRequest.Id"/>).</summary>
    public Parameters Translate(FhirRestRequest request) => ConceptMapTranslateOperation.Run(this, Checked(request));

    /// <summary>Read of an exported resource (404 when unknown); its JSON is written once and shared.</summary>
    public FhirExportDocument Read(string resourceType, string id)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(id);
        return CanonicalResourceSearch.Read(this, resourceType, id);
    }

    /// <summary>Search of the exported resources of <paramref name="resourceType"/>: a searchset Bundle, paged by <c>_count</c>/<c>_offset</c>.</summary>
    public Bundle Search(string resourceType, FhirRestRequest request)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return CanonicalResourceSearch.Search(this, resourceType, Checked(request));
    }

    /// <summary>
    /// <c>$translate</c> of a CarePlan, CareTeam or Bundle (JSON body, the resource or a Parameters wrapper): the result,
    /// whose <see cref="FhirTranslationResult.ToParametersJson"/> or OperationOutcome (with
    /// <see cref="FhirInputError.HttpStatus"/>) is the answer. Unknown or repeated parameters and an XML body throw.
    /// </summary>
    public FhirTranslationResult TranslateResource(string resourceType, FhirRestRequest request)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return ResourceTranslateOperation.Run(this, resourceType, Checked(request));
    }

    private static FhirRestRequest Checked(FhirRestRequest request) => request ?? throw new ArgumentNullException(nameof(request));
}
