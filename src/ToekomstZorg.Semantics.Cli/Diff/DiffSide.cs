using ToekomstZorg.Semantics.Cli.Diff.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Cli.Diff;

/// <summary>
/// One side of <c>tzsem diff</c>: a vocabulary folder as it is on disk, or the same folder at a git revision (read with
/// git itself: <c>git archive REV:./PATH</c> into a temporary folder, deleted afterwards).
/// </summary>
internal sealed class DiffSide
{
    private readonly string? _repository;

    private DiffSide(string folder, string? revision, string? repository)
    {
        Folder = folder;
        Revision = revision;
        _repository = repository;
    }

    /// <summary>The folder, relative to the current directory (for a git side: the path inside the revision).</summary>
    public string Folder { get; }

    /// <summary>The git revision, or null for the folder on disk.</summary>
    public string? Revision { get; }

    /// <summary>How reports name the side: <c>main:vocab</c> or <c>vocab</c>.</summary>
    public string Name => Revision is null ? Folder : $"{Revision}:{Folder}";

    public static DiffSide OnDisk(string folder) => new(folder, null, null);

    /// <summary>The folder at a revision; <paramref name="repository"/> is where git runs (null: the current directory), <paramref name="folder"/> relative to it.</summary>
    public static DiffSide AtRevision(string revision, string folder, string? repository) => new(folder, revision, repository);

    /// <summary>
    /// Loads the side. Turtle syntax errors (with file:line:column, a git side's files named <c>REV:PATH/file</c>), a
    /// missing folder, an unknown revision or a vocabulary without schemes throw <see cref="DiffSideException"/>; other
    /// lint findings do not stop a diff (linting is <c>tzsem lint</c>'s job) and are counted in the result.
    /// </summary>
    public DiffSideLoad Load()
    {
        if (Revision is null)
        {
            if (!Directory.Exists(Folder))
            {
                throw new DiffSideException($"{Folder}: no such vocabulary folder", []);
            }

            return Check(VocabularyLoader.LoadDirectory(Folder, buildSearchIndex: false), Folder);
        }

        using var checkout = GitTree.Extract(_repository, Revision, Folder);
        return Check(VocabularyLoader.LoadDirectory(checkout.Directory, buildSearchIndex: false), checkout.Directory);
    }

    private DiffSideLoad Check(VocabularyLoadResult result, string loadedFrom)
    {
        var syntax = result.Diagnostics.Where(d => d.Rule == LintRules.Syntax).Select(d => Rename(d, loadedFrom)).ToArray();
        if (syntax.Length > 0)
        {
            throw new DiffSideException($"{Name}: {syntax.Length} Turtle syntax error(s); the side does not load", syntax);
        }

        if (result.Snapshot.Schemes.Count == 0)
        {
            throw new DiffSideException($"{Name}: no skos:ConceptScheme found in its Turtle files", []);
        }

        return new DiffSideLoad(this, result.Snapshot, result.Diagnostics.Count(d => d.IsError));
    }

    // A git side is read from a temporary folder: name its files as the curator knows them, REV:vocab/file.ttl.
    private string Rename(LintDiagnostic diagnostic, string loadedFrom)
    {
        if (Revision is null || diagnostic.Location is not { } location)
        {
            return diagnostic.ToString();
        }

        var relative = Path.GetRelativePath(loadedFrom, location.File).Replace('\\', '/');
        var folder = Folder.TrimEnd('/');
        return (diagnostic with { Location = location with { File = $"{Revision}:{(folder is "." or "" ? relative : folder + "/" + relative)}" } }).ToString();
    }
}
