using System.Globalization;
using ToekomstZorg.Semantics.Fhir.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>
/// Writes the asserted mappings as SSSOM TSV (https://mapping-commons.github.io/sssom/): a YAML metadata block of
/// <c>#</c> lines (curie_map, mapping_set_id, version, license), then one row per mapping with subject_id,
/// predicate_id, object_id, mapping_justification and the rationale as comment. False friends are rows with
/// <c>predicate_modifier</c> <c>Not</c> on <c>skos:exactMatch</c>: an explicit non-equivalence.
/// </summary>
public sealed class SssomExporter
{
    private static readonly string[] Columns =
    [
        "subject_id", "subject_label", "predicate_id", "predicate_modifier", "object_id", "object_label",
        "mapping_justification", "subject_source", "object_source", "comment", "see_also",
    ];

    private readonly ExportVocabulary _vocabulary;
    private readonly FhirExportOptions _options;

    /// <summary>Creates an exporter of <paramref name="snapshot"/>'s mappings.</summary>
    public SssomExporter(VocabularySnapshot snapshot, FhirExportOptions? options = null)
        : this(SnapshotExport.From(snapshot ?? throw new ArgumentNullException(nameof(snapshot))), options)
    {
    }

    internal SssomExporter(ExportVocabulary vocabulary, FhirExportOptions? options = null)
    {
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        _options = options ?? FhirExportOptions.Default;
    }

    /// <summary>Writes the TSV (LF line ends) to <paramref name="writer"/>.</summary>
    public void Write(TextWriter writer)
    {
        var schemes = _vocabulary.Schemes.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var labels = new Dictionary<(string, string), string>();
        foreach (var scheme in _vocabulary.Schemes)
        {
            foreach (var concept in scheme.Concepts)
            {
                labels[(scheme.Key, concept.Code)] = Internal.MetadataResourceFields.Pick(concept.PrefLabels, _options.DisplayLanguage) ?? string.Empty;
            }
        }

        writer.Write("# curie_map:\n");
        foreach (var scheme in _vocabulary.Schemes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.Write($"#   {scheme.Key}: {scheme.Iri}/\n");
        }

        writer.Write("#   skos: http://www.w3.org/2004/02/skos/core#\n");
        writer.Write("#   semapv: https://w3id.org/semapv/vocab/\n");
        writer.Write($"# mapping_set_id: {_options.CanonicalBase}sssom/mappings.sssom.tsv\n");
        writer.Write($"# mapping_set_version: \"{Yaml(_vocabulary.Version)}\"\n");
        writer.Write($"# mapping_set_title: \"ToekomstZorg sector to kern mappings\"\n");
        writer.Write($"# license: {_options.License}\n");
        writer.Write($"# creator_label:\n#   - \"{Yaml(_options.Publisher)}\"\n");
        writer.Write(string.Join('\t', Columns));
        writer.Write('\n');

        foreach (var mapping in _vocabulary.Mappings)
        {
            WriteRow(writer, schemes, labels, mapping.SubjectScheme, mapping.SubjectCode, "skos:" + mapping.Relation.LocalName(), string.Empty,
                mapping.ObjectScheme, mapping.ObjectCode, mapping.Rationale, mapping.Sources);
        }

        foreach (var pair in _vocabulary.FalseFriends)
        {
            WriteRow(writer, schemes, labels, pair.SubjectScheme, pair.SubjectCode, "skos:exactMatch", "Not",
                pair.ObjectScheme, pair.ObjectCode, "False friend: " + pair.Rationale, []);
        }
    }

    /// <summary>The TSV as a string.</summary>
    public string Export()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer);
        return writer.ToString();
    }

    private void WriteRow(
        TextWriter writer, Dictionary<string, ExportScheme> schemes, Dictionary<(string, string), string> labels, string subjectScheme, string subjectCode, string predicate, string modifier,
        string objectScheme, string objectCode, string? comment, IReadOnlyList<string> sources)
    {
        string[] cells =
        [
            $"{subjectScheme}:{subjectCode}",
            labels.GetValueOrDefault((subjectScheme, subjectCode), string.Empty),
            predicate,
            modifier,
            $"{objectScheme}:{objectCode}",
            labels.GetValueOrDefault((objectScheme, objectCode), string.Empty),
            "semapv:ManualMappingCuration",
            schemes.TryGetValue(subjectScheme, out var s) ? s.Iri : string.Empty,
            schemes.TryGetValue(objectScheme, out var o) ? o.Iri : string.Empty,
            comment ?? string.Empty,
            string.Join('|', sources.Where(x => x.StartsWith("http", StringComparison.Ordinal))),
        ];
        writer.Write(string.Join('\t', cells.Select(Cell)));
        writer.Write('\n');
    }

    // TSV has no escaping: tabs and line breaks inside a value become spaces.
    private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static string Yaml(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
