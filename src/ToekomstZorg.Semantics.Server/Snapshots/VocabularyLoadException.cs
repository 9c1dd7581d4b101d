namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>The vocabulary directory did not load or did not lint clean; the diagnostics say where and why.</summary>
public sealed class VocabularyLoadException : Exception
{
    /// <summary>Creates the exception from the diagnostics (at least one of them an error).</summary>
    public VocabularyLoadException(string directory, IReadOnlyList<VocabularyDiagnostic> diagnostics)
        : base($"{directory}: the vocabulary has {diagnostics.Count(d => d.IsError)} error(s): " + string.Join("; ", diagnostics.Where(d => d.IsError).Take(5)))
    {
        Directory = directory;
        Diagnostics = diagnostics;
    }

    /// <summary>The vocabulary directory.</summary>
    public string Directory { get; }

    /// <summary>Errors and warnings, in file order.</summary>
    public IReadOnlyList<VocabularyDiagnostic> Diagnostics { get; }
}
