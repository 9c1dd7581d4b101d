using ToekomstZorg.Semantics.Vocabulary.Lint;

namespace ToekomstZorg.Semantics.Vocabulary.Hosting;

/// <summary>The vocabulary folder has lint errors, so it cannot be served.</summary>
public sealed class VocabularyLoadException(string directory, IReadOnlyList<LintDiagnostic> errors)
    : Exception($"{directory}: the vocabulary has {errors.Count} error(s); first: {errors.FirstOrDefault()}")
{
    /// <summary>The errors, with their positions.</summary>
    public IReadOnlyList<LintDiagnostic> Errors { get; } = errors;
}
