using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>
/// Loads a vocabulary folder for the lookup commands: Turtle syntax errors stop them; the lint is not run (that is
/// <c>tzsem lint</c>'s job), so its findings do not.
/// </summary>
internal static class VocabularySnapshots
{
    public static VocabularySnapshot Load(string directory, TextWriter error)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"{directory}: no such vocabulary folder (use --vocab DIR)");
        }

        // A lookup needs a readable vocabulary, not its lint findings; the search index is built if a command searches.
        var result = VocabularyLoader.LoadDirectory(directory, buildSearchIndex: false, lint: false);
        var syntax = result.Diagnostics.Where(d => d.Rule == LintRules.Syntax).ToList();
        if (syntax.Count > 0)
        {
            foreach (var diagnostic in syntax)
            {
                error.WriteLine(diagnostic);
            }

            throw new CliInputException($"{directory}: {syntax.Count} Turtle syntax error(s); run 'tzsem lint {directory}'");
        }

        if (result.Snapshot.Schemes.Count == 0)
        {
            throw new CliInputException($"{directory}: no skos:ConceptScheme found in its Turtle files");
        }

        return result.Snapshot;
    }

    public static Vocabulary.Model.ConceptScheme Scheme(VocabularySnapshot snapshot, string systemOrKey) =>
        snapshot.TryGetScheme(systemOrKey, out var scheme)
            ? scheme
            : throw new CliInputException($"unknown scheme '{systemOrKey}'; known: {string.Join(", ", snapshot.Schemes.Select(s => s.Key))}");

    public static Vocabulary.Model.Concept Concept(VocabularySnapshot snapshot, Vocabulary.Model.ConceptScheme scheme, string code) =>
        snapshot.TryGetConcept(scheme, code, out var concept)
            ? concept
            : throw new CliInputException($"scheme {scheme.Key} has no concept with code '{code}'");
}
