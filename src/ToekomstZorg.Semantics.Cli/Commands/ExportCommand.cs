using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary><c>tzsem export fhir|sssom|site</c>: the vocabulary in other formats (one subcommand per format).</summary>
internal sealed class ExportCommand : Command
{
    public ExportCommand(CliConsole console, IFhirVocabularyLoader loader)
        : base("export", "Export the vocabulary as FHIR R4 terminology resources, SSSOM mappings or a static site")
    {
        Subcommands.Add(new ExportFhirCommand(console, loader));
        Subcommands.Add(new ExportSssomCommand(console, loader));
        Subcommands.Add(new ExportSiteCommand(console));
    }
}
