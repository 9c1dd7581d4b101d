namespace ToekomstZorg.Semantics.Server.Hosting.Internal;

/// <summary>
/// Finds the vocabulary directory: the configured one (relative paths against the working directory), else the
/// <c>vocab/</c> of the repository that holds the content root or the server binary (the directory with
/// <c>ToekomstZorg.Semantics.sln</c>), else a <c>vocab/</c> next to the content root.
/// </summary>
internal static class VocabularyDirectoryLocator
{
    private const string SolutionFile = "ToekomstZorg.Semantics.sln";

    public static string Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new ServerConfigurationException($"The vocabulary directory '{full}' (--vocab, Tzsem:Vocab) does not exist.");
        }

        foreach (var start in new[] { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var vocab = Path.Combine(dir.FullName, "vocab");
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)) && Directory.Exists(vocab))
                {
                    return vocab;
                }
            }
        }

        var local = Path.Combine(contentRoot, "vocab");
        return Directory.Exists(local)
            ? local
            : throw new ServerConfigurationException($"No vocabulary directory: pass --vocab DIR (or set Tzsem:Vocab); no repository vocab/ above '{contentRoot}'.");
    }
}
