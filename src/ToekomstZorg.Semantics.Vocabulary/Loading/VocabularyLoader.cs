using System.Globalization;
using System.Security.Cryptography;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Loading;

/// <summary>
/// Loads every <c>**/*.ttl</c> of a vocabulary folder into one graph (syntax errors are collected, not thrown),
/// builds the snapshot and lints it. The version is the newest <c>dct:modified</c> plus a hash of the files.
/// </summary>
public static class VocabularyLoader
{
    /// <summary>Loads and lints a folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static VocabularyLoadResult LoadDirectory(string directory, string coreSchemeKey = "kern")
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such vocabulary folder");
        }

        var files = Directory.EnumerateFiles(directory, "*.ttl", SearchOption.AllDirectories)
            .Select(f => Path.Combine(directory, Path.GetRelativePath(directory, f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var graph = new RdfGraph();
        var syntaxErrors = new List<LintDiagnostic>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = ReadShared(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            hash.AppendData(bytes);
            var options = new RdfReaderOptions
            {
                SourceName = file,
                BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri,
                SyntaxErrorHandler = e => syntaxErrors.Add(new LintDiagnostic(LintRules.Syntax, e.Description, new SourceLocation(file, e.Position.Line, e.Position.Column))),
            };
            try
            {
                graph.Load(new MemoryStream(bytes, writable: false), RdfSyntax.Turtle, options, trackSources: true);
            }
            catch (RdfSyntaxException e)
            {
                syntaxErrors.Add(new LintDiagnostic(LintRules.Syntax, e.Description, new SourceLocation(file, e.Position.Line, e.Position.Column)));
            }
        }

        var digest = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        graph.BuildIndexes();
        var modified = graph.Match(null, Skos.SkosIris.Modified).Select(t => t.Object).OfType<Rdf.Terms.Literal>()
            .Select(l => l.LexicalForm).DefaultIfEmpty("undated").Max(StringComparer.Ordinal);
        var snapshot = VocabularySnapshot.FromGraph(graph, string.Create(CultureInfo.InvariantCulture, $"{modified}+{digest}"), coreSchemeKey);
        var diagnostics = syntaxErrors.Concat(new VocabularyLinter(graph, snapshot).Run()).ToArray();
        return new VocabularyLoadResult(snapshot, diagnostics, files);
    }

    // An editor may be writing the file while we read it: share the handle rather than fail.
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
