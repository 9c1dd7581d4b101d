using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Loading;

/// <summary>
/// Loads every <c>**/*.ttl</c> of a vocabulary folder into one graph (syntax errors are collected, not thrown),
/// builds the snapshot and lints it. Schemes declared in files under <c>reference/</c> are reference schemes. The version is the newest <c>dct:modified</c> plus a hash of the files.
/// </summary>
public static class VocabularyLoader
{
    /// <summary>Loads and lints a folder.</summary>
    /// <param name="directory">The vocabulary folder.</param>
    /// <param name="coreSchemeKey">The key of the shared core scheme.</param>
    /// <param name="buildSearchIndex">
    /// Build the search index now (a server that will search); false leaves it to the first search (a diff, a lint
    /// or an export, which never search).
    /// </param>
    /// <param name="lint">
    /// Run the lint rules (a server, <c>tzsem lint</c>, a diff); false reports only the Turtle syntax errors (a
    /// one-shot lookup that only needs a readable vocabulary).
    /// </param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static VocabularyLoadResult LoadDirectory(string directory, string coreSchemeKey = "kern", bool buildSearchIndex = true, bool lint = true)
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
        var clock = Stopwatch.StartNew();
        var graph = new RdfGraph();
        // Sized once from the files: a SKOS vocabulary in Turtle has about one triple per 40 bytes and a little more than
        // one new term per two triples (gen_skos.py 100000: 39.8 MB, 949 514 triples, 501 472 terms). The terms are given
        // a quarter more room than that: one term too many doubles the term table (at 350 000 concepts, 28 MB more).
        var bytes = files.Sum(SizeOf);
        var expected = (int)Math.Min(bytes / BytesPerTriple, int.MaxValue / 4);
        graph.EnsureCapacity(expected, expected / 8 * 5);
        var syntaxErrors = new List<LintDiagnostic>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            var options = new RdfReaderOptions
            {
                SourceName = file,
                BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri,
                SyntaxErrorHandler = e => syntaxErrors.Add(new LintDiagnostic(LintRules.Syntax, e.Description, new SourceLocation(file, e.Position.Line, e.Position.Column))),
            };

            // Parsed and hashed in one pass, straight from the file (a 140 MB file is not held in memory as well as in
            // the graph). An editor may be writing the file while we read it: share the handle rather than fail.
            using var input = new HashingReadStream(
                new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan), hash);
            try
            {
                graph.Load(input, RdfSyntax.Turtle, options, trackSources: true);
            }
            catch (RdfSyntaxException e)
            {
                syntaxErrors.Add(new LintDiagnostic(LintRules.Syntax, e.Description, new SourceLocation(file, e.Position.Line, e.Position.Column)));
            }

            // The version hashes every byte of the file, also what a syntax error left unread.
            input.Drain();
        }

        var digest = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        var parsed = clock.Elapsed;
        graph.BuildIndexes(SnapshotBuilder.IndexesRead);
        var indexed = clock.Elapsed;
        // One POS range of terms (every concept has a dct:modified: no Triple per concept).
        var modified = graph.SubjectsAndObjects(Skos.SkosIris.Modified).Select(pair => pair.Object).OfType<Rdf.Terms.Literal>()
            .Select(l => l.LexicalForm).DefaultIfEmpty("undated").Max(StringComparer.Ordinal);
        var referenceFiles = files.Where(f => IsReferenceFile(directory, f)).ToHashSet(StringComparer.Ordinal);
        var snapshot = VocabularySnapshot.FromGraph(graph, string.Create(CultureInfo.InvariantCulture, $"{modified}+{digest}"), coreSchemeKey, referenceFiles.Contains);
        var built = clock.Elapsed;

        // The search index and the lint only read the snapshot (and the graph): they run side by side.
        TimeSpan searchIndexTime = default, lintTime = default;
        IReadOnlyList<LintDiagnostic> findings = [];
        SideBySide.Run(
            () =>
            {
                var start = clock.Elapsed;
                if (buildSearchIndex)
                {
                    snapshot.EnsureSearchIndex();
                }

                searchIndexTime = clock.Elapsed - start;
            },
            () =>
            {
                var start = clock.Elapsed;
                if (lint)
                {
                    findings = new VocabularyLinter(graph, snapshot).Run();
                }

                lintTime = clock.Elapsed - start;
            });
        // The findings are already an array (at 350 000 concepts, 1.5 million of them): not copied when there is nothing
        // to put before them.
        var diagnostics = syntaxErrors.Count == 0 ? findings : syntaxErrors.Concat(findings).ToArray();
        var timings = new VocabularyLoadTimings(parsed, indexed - parsed, built - indexed, searchIndexTime, lintTime) { Total = clock.Elapsed };
        return new VocabularyLoadResult(snapshot, diagnostics, files) { Timings = timings };
    }

    private const int BytesPerTriple = 40;

    // The size of the file a path names, through a symbolic link (a vocabulary folder may link its files).
    private static long SizeOf(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info.Length : (info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo)?.Length ?? 0;
    }

    /// <summary>The folder (under the vocabulary folder) whose files hold reference schemes: external code systems.</summary>
    public const string ReferenceFolder = "reference";

    // Files anywhere under reference/ hold reference schemes.
    private static bool IsReferenceFile(string directory, string file)
    {
        var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
        return relative.StartsWith(ReferenceFolder + "/", StringComparison.Ordinal);
    }
}
