using System.Security.Cryptography;
using ToekomstZorg.Semantics.Fhir.Skos;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>
/// Loads the vocabulary with the interim <see cref="SkosGraphVocabulary"/>. Each file is read into memory once, so the
/// fingerprint and the parse see the same bytes even while an editor is writing. Every file is parsed, so one reload
/// reports the syntax errors of all files. The version is the newest <c>dct:modified</c> plus a fingerprint of the
/// files' names and bytes: every edit gives a new version. <see cref="ServingChecks"/> decide whether it may be served.
/// </summary>
internal sealed class SkosGraphVocabularyLoader(TimeProvider time, FhirTranslationOptions? translationOptions = null) : IVocabularyLoader
{
    public ServedVocabulary Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new VocabularyLoadException(directory, [new VocabularyDiagnostic("vocabulary-directory", VocabularyDiagnostic.Error, "The vocabulary directory does not exist.")]);
        }

        var diagnostics = new List<VocabularyDiagnostic>();
        var graph = new RdfGraph();
        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = System.IO.Directory.EnumerateFiles(directory, "*.ttl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new VocabularyDiagnostic("file-unreadable", VocabularyDiagnostic.Error, e.Message, relative));
                continue;
            }

            fingerprint.AppendData(System.Text.Encoding.UTF8.GetBytes(relative + "\n" + bytes.Length + "\n"));
            fingerprint.AppendData(bytes);
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                graph.Load(stream, RdfSyntax.Turtle, new RdfReaderOptions { SourceName = relative, BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri }, trackSources: true);
            }
            catch (RdfSyntaxException e)
            {
                diagnostics.Add(new VocabularyDiagnostic("turtle-syntax", VocabularyDiagnostic.Error, e.Description, relative, e.Position.Line, e.Position.Column));
            }
        }

        if (files.Length == 0)
        {
            diagnostics.Add(new VocabularyDiagnostic("no-files", VocabularyDiagnostic.Error, "The vocabulary directory holds no *.ttl file."));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            throw new VocabularyLoadException(directory, diagnostics);
        }

        diagnostics.AddRange(ServingChecks.Run(graph));
        if (diagnostics.Any(d => d.IsError))
        {
            throw new VocabularyLoadException(directory, diagnostics);
        }

        var skos = SkosGraphVocabulary.FromGraph(graph);
        if (skos.Export.Schemes.Count == 0)
        {
            throw new VocabularyLoadException(directory, [new VocabularyDiagnostic("no-scheme", VocabularyDiagnostic.Error, "No skos:ConceptScheme found in the vocabulary's Turtle files.")]);
        }

        var hash = Convert.ToHexStringLower(fingerprint.GetHashAndReset())[..12];
        var version = $"{skos.Export.Version}+{hash}";
        var model = skos.Export with { Version = version };
        return new ServedVocabulary(
            model,
            new VersionedCodingTranslator(skos, version),
            directory,
            time.GetUtcNow(),
            diagnostics,
            translationOptions,
            ConceptDetailsReader.Read(graph, model));
    }
}
