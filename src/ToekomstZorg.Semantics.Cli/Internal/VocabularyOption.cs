using System.CommandLine;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>The <c>--vocab DIR</c> option shared by the commands that read the vocabulary.</summary>
internal static class VocabularyOption
{
    public const string DefaultDirectory = "vocab";

    public static Option<string> Create() => new("--vocab")
    {
        Description = "The vocabulary directory (Turtle files and mappings/)",
        DefaultValueFactory = _ => DefaultDirectory,
        HelpName = "DIR",
    };
}
