using ToekomstZorg.Semantics.Fhir.Conformance;
using ToekomstZorg.Semantics.Fhir.Export.Internal;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>
/// Exports the vocabulary as FHIR R4 terminology resources, built as Firely POCOs and written by Firely's serializers: a
/// CodeSystem and a ValueSet per scheme, a ConceptMap per sector to kern and per ordered pair of sectors, the
/// StructureDefinitions of the project's own extensions, and a Bundle (type collection) of all of them.
/// </summary>
public sealed class FhirTerminologyExporter
{
    private readonly Lazy<ExportVocabulary> _vocabulary;
    private readonly ICodingTranslator _translator;
    private readonly FhirExportOptions _options;

    /// <summary>
    /// Creates an exporter of <paramref name="snapshot"/>; <paramref name="translator"/> supplies the ConceptMap targets.
    /// Cheap: the export model is built on the first export.
    /// </summary>
    public FhirTerminologyExporter(VocabularySnapshot snapshot, ICodingTranslator translator, FhirExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _vocabulary = new Lazy<ExportVocabulary>(() => SnapshotExport.From(snapshot), LazyThreadSafetyMode.ExecutionAndPublication);
        _translator = translator ?? throw new ArgumentNullException(nameof(translator));
        _options = options ?? FhirExportOptions.Default;
    }

    internal FhirTerminologyExporter(ExportVocabulary vocabulary, ICodingTranslator translator, FhirExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = new Lazy<ExportVocabulary>(vocabulary);
        _translator = translator ?? throw new ArgumentNullException(nameof(translator));
        _options = options ?? FhirExportOptions.Default;
    }

    /// <summary>The canonical URL of a scheme's ValueSet.</summary>
    public string ValueSetUrl(string schemeKey) => $"{_options.CanonicalBase}ValueSet/{schemeKey}";

    /// <summary>The canonical URL of the ConceptMap from one scheme to another.</summary>
    public string ConceptMapUrl(string sourceKey, string targetKey) => $"{_options.CanonicalBase}ConceptMap/{sourceKey}-{targetKey}";

    /// <summary>Every CodeSystem, ValueSet, ConceptMap and StructureDefinition, in that order; schemes by key.</summary>
    public IReadOnlyList<FhirExportDocument> ExportResources()
    {
        var schemes = _vocabulary.Value.Schemes.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var version = _vocabulary.Value.Version;
        var documents = new List<FhirExportDocument>();
        foreach (var scheme in schemes)
        {
            documents.Add(new FhirExportDocument(CodeSystemExport.Build(scheme, version, ValueSetUrl(scheme.Key), _options), scheme.Iri));
        }

        foreach (var scheme in schemes)
        {
            documents.Add(new FhirExportDocument(ValueSetExport.Build(scheme, version, ValueSetUrl(scheme.Key), _options), ValueSetUrl(scheme.Key)));
        }

        var core = schemes.FirstOrDefault(s => s.Key == _options.CoreSchemeKey);
        var sectors = schemes.Where(s => s != core).ToArray();
        foreach (var source in sectors)
        {
            var targets = core is null ? sectors : [core, .. sectors];
            foreach (var target in targets)
            {
                if (target == source)
                {
                    continue;
                }

                var id = $"{source.Key}-{target.Key}";
                var url = ConceptMapUrl(source.Key, target.Key);
                documents.Add(new FhirExportDocument(
                    ConceptMapExport.Build(source, target, id, url, ValueSetUrl(source.Key), ValueSetUrl(target.Key), version, _translator, _options), url));
            }
        }

        foreach (var definition in ExtensionDefinitions.Own(version, _options))
        {
            documents.Add(new FhirExportDocument(definition, definition.Url));
        }

        return documents;
    }

    /// <summary>A Bundle of type <c>collection</c> holding <paramref name="resources"/> (fullUrl = canonical URL).</summary>
    public FhirExportDocument ExportBundle(IReadOnlyList<FhirExportDocument> resources) =>
        new(TerminologyBundleExport.Build(resources, _vocabulary.Value.Version), null);

    /// <summary>
    /// Writes every resource as <c>ResourceType-id.json</c> (or <c>.xml</c>) and the Bundle as
    /// <c>Bundle-toekomstzorg-terminology.json</c> into <paramref name="directory"/> (created if needed). Returns the
    /// written documents.
    /// </summary>
    public IReadOnlyList<FhirExportDocument> WriteTo(string directory, FhirFormat format = FhirFormat.Json)
    {
        Directory.CreateDirectory(directory);
        var resources = ExportResources();
        var all = resources.Append(ExportBundle(resources)).ToArray();
        foreach (var document in all)
        {
            File.WriteAllBytes(Path.Combine(directory, document.FileNameFor(format)), document.Serialize(format));
        }

        return all;
    }
}
