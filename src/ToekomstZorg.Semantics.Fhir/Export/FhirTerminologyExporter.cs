using ToekomstZorg.Semantics.Fhir.Export.Internal;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>
/// Exports the vocabulary as FHIR R4 terminology resources: a CodeSystem and a ValueSet per scheme, a ConceptMap per
/// sector to kern and per ordered pair of sectors, and a Bundle (type collection) of all of them.
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

    /// <summary>Every CodeSystem, ValueSet and ConceptMap, in that order; schemes by key.</summary>
    public IReadOnlyList<FhirExportDocument> ExportResources()
    {
        var schemes = _vocabulary.Value.Schemes.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var version = _vocabulary.Value.Version;
        var documents = new List<FhirExportDocument>();
        foreach (var scheme in schemes)
        {
            documents.Add(new FhirExportDocument("CodeSystem", scheme.Key, scheme.Iri, CodeSystemWriter.Write(scheme, version, ValueSetUrl(scheme.Key), _options)));
        }

        foreach (var scheme in schemes)
        {
            documents.Add(new FhirExportDocument("ValueSet", scheme.Key, ValueSetUrl(scheme.Key), ValueSetWriter.Write(scheme, version, ValueSetUrl(scheme.Key), _options)));
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
                documents.Add(new FhirExportDocument("ConceptMap", id, url, ConceptMapWriter.Write(
                    source, target, id, url, ValueSetUrl(source.Key), ValueSetUrl(target.Key), version, _translator, _options)));
            }
        }

        return documents;
    }

    /// <summary>A Bundle of type <c>collection</c> holding <paramref name="resources"/> (fullUrl = canonical URL).</summary>
    public FhirExportDocument ExportBundle(IReadOnlyList<FhirExportDocument> resources) =>
        new("Bundle", "toekomstzorg-terminology", null, BundleWriter.Write(resources, _vocabulary.Value.Version));

    /// <summary>
    /// Writes every resource as <c>ResourceType-id.json</c> and the Bundle as <c>Bundle-toekomstzorg-terminology.json</c>
    /// into <paramref name="directory"/> (created if needed). Returns the written documents.
    /// </summary>
    public IReadOnlyList<FhirExportDocument> WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var resources = ExportResources();
        var all = resources.Append(ExportBundle(resources)).ToArray();
        foreach (var document in all)
        {
            File.WriteAllBytes(Path.Combine(directory, document.FileName), document.Json);
        }

        return all;
    }
}
