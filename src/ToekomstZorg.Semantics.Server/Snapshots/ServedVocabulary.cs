using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>
/// One immutable version of the vocabulary as the server serves it: the <see cref="VocabularySnapshot"/> every answer
/// comes from, plus what only serving needs: the FHIR resource translator, the FHIR terminology export (built on first
/// use), when it was loaded and its lint warnings. Thread-safe.
/// </summary>
public sealed class ServedVocabulary
{
    private readonly Lazy<IReadOnlyList<FhirExportDocument>> _terminologyResources;

    /// <summary>Creates the served form of a loaded vocabulary.</summary>
    /// <param name="snapshot">The snapshot every answer comes from; its version is the served version.</param>
    /// <param name="directory">The directory it was loaded from.</param>
    /// <param name="loadedAt">When it was loaded.</param>
    /// <param name="warnings">Lint warnings of this version.</param>
    /// <param name="translationOptions">Limits of the FHIR resource translation.</param>
    public ServedVocabulary(
        VocabularySnapshot snapshot,
        string directory,
        DateTimeOffset loadedAt,
        IReadOnlyList<VocabularyDiagnostic>? warnings = null,
        FhirTranslationOptions? translationOptions = null)
    {
        Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        Directory = directory;
        LoadedAt = loadedAt;
        Warnings = warnings ?? [];
        var codings = new SnapshotCodingTranslator(snapshot);
        Resources = new FhirResourceTranslator(codings, translationOptions);
        Exporter = new FhirTerminologyExporter(snapshot, codings);
        _terminologyResources = new Lazy<IReadOnlyList<FhirExportDocument>>(Exporter.ExportResources, LazyThreadSafetyMode.ExecutionAndPublication);
        FhirRest = new FhirRestFacade(snapshot, Exporter, Resources, () => _terminologyResources.Value, loadedAt);
    }

    /// <summary>The snapshot every gRPC and FHIR answer of this version comes from.</summary>
    public VocabularySnapshot Snapshot { get; }

    /// <summary>The version string every response carries.</summary>
    public string Version => Snapshot.Version;

    /// <summary>FHIR CarePlan/CareTeam/Bundle translation over the snapshot.</summary>
    public FhirResourceTranslator Resources { get; }

    /// <summary>The FHIR terminology export of this version (canonical URLs of ValueSets and ConceptMaps).</summary>
    public FhirTerminologyExporter Exporter { get; }

    /// <summary>The FHIR REST facade of this version (every <c>/fhir</c> answer).</summary>
    public FhirRestFacade FhirRest { get; }

    /// <summary>Every CodeSystem, ValueSet and ConceptMap of this version, built once on first use.</summary>
    public IReadOnlyList<FhirExportDocument> TerminologyResources => _terminologyResources.Value;

    /// <summary>The directory it was loaded from.</summary>
    public string Directory { get; }

    /// <summary>When it was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Lint warnings of this version.</summary>
    public IReadOnlyList<VocabularyDiagnostic> Warnings { get; }
}
